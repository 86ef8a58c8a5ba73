// Collapses the indentation of Lit `html` tagged templates in the script-tag (CDN) build. The JavaScript
// minifier leaves template text alone, so every indent and line break of the templates would ship.
//
// Deliberately conservative: a run of whitespace that holds a line break becomes one space, and nothing
// else changes. The browser renders such a run as (at most) one space anyway, so what readers see is the
// same, except inside `<pre>`, `<textarea>` or `white-space: pre…`, where no template of ours has static
// whitespace. The templates are found with TypeScript's parser, so text inside `${…}` expressions,
// strings and comments is never touched.
//
// Weighed against minify-literals 2.2.0 (html-minifier-next for templates, Lightning CSS for styles), built
// into every script-tag file in place of this and minify-css-literals.mjs: faq-accordion.js 14.17 KB brotli
// against our 14.24, ketahanan.js 24.31 against 24.35. Its gain is whitespace removed between tags, which
// can join words a reader or a screen reader gets (a badge after its visually hidden label); 0.07 KB is not
// worth that, nor its 39 packages with a native binary. Kept.
import ts from 'typescript';

/** Template text with each whitespace run that holds a line break collapsed to one space. */
export function collapseTemplateWhitespace(text) {
  return text.replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' ');
}

/** The static text pieces of every html`…` template in `code`, as [start, end] offsets of their raw text. */
function htmlTemplatePieces(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const pieces = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text sits between the delimiters: `…${ at the head, }…${ in the middle, }…` at the tail.
        const start = part.getStart(source) + 1;
        const end =
          part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        pieces.push([start, end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pieces;
}

/** `code` with the whitespace of its html`…` templates collapsed. */
export function minifyHtmlTemplates(code, fileName = 'module.ts') {
  let out = code;
  // From the last piece in the file back (nested templates come in any order), so offsets stay valid.
  const pieces = htmlTemplatePieces(code, fileName).sort((a, b) => b[0] - a[0]);
  for (const [start, end] of pieces) {
    out = out.slice(0, start) + collapseTemplateWhitespace(out.slice(start, end)) + out.slice(end);
  }
  return out;
}

/**
 * A Vite plugin that collapses the whitespace of the html`…` templates in the package's own sources.
 * @returns {import('vite').Plugin}
 */
export function minifyHtmlLiterals() {
  return {
    name: 'ketahanan:minify-html-literals',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: 'html`' },
      handler(code, id) {
        const minified = minifyHtmlTemplates(code, id);
        // No source map: the CDN files ship without one, and `size:why` attributes by file, not by line.
        return minified === code ? null : { code: minified, map: null };
      },
    },
  };
}
