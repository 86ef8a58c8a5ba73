/** The script-tag build's html template minifier: collapses indentation, touches nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseTemplateWhitespace, minifyHtmlTemplates } from '../../scripts/cdn/minify-html-literals.mjs';

describe('collapseTemplateWhitespace', () => {
  it('turns each run of whitespace that holds a line break into one space', () => {
    expect(collapseTemplateWhitespace('<div\n    class="a"\n  >\n    text\n</div>')).toBe(
      '<div class="a" > text </div>',
    );
  });

  it('leaves whitespace without a line break as it is', () => {
    expect(collapseTemplateWhitespace('<b>a</b>  <i>b</i>')).toBe('<b>a</b>  <i>b</i>');
  });
});

describe('minifyHtmlTemplates', () => {
  it('collapses the static text of html templates, nested ones too', () => {
    const code = [
      'const view = html`<ul>',
      '  ${items.map((item) => html`<li>',
      '    ${item}',
      '  </li>`)}',
      '</ul>`;',
    ].join('\n');
    expect(minifyHtmlTemplates(code)).toBe(
      'const view = html`<ul> ${items.map((item) => html`<li> ${item} </li>`)} </ul>`;',
    );
  });

  it('never touches expressions, strings, comments or other tagged templates', () => {
    const code = [
      'const a = html`<p>',
      "  ${'keep\\n  this'}${/* keep\n  this */ x}${`keep",
      '  this`}',
      '</p>`;',
      'const b = css`:host {',
      '  color: red;',
      '}`;',
      "const c = 'a\\n  b';",
    ].join('\n');
    expect(minifyHtmlTemplates(code)).toBe(
      [
        "const a = html`<p> ${'keep\\n  this'}${/* keep\n  this */ x}${`keep",
        '  this`} </p>`;',
        'const b = css`:host {',
        '  color: red;',
        '}`;',
        "const c = 'a\\n  b';",
      ].join('\n'),
    );
  });

  it('leaves a file without html templates unchanged', () => {
    const code = 'export const x = `a\n  b`;\n';
    expect(minifyHtmlTemplates(code)).toBe(code);
  });
});

describe('the package’s own templates', () => {
  const sources = readdirSync(new URL('../../src/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('test'))
    .map((file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8'));

  it('have no <pre> or <textarea>, where collapsing whitespace would show', () => {
    expect(sources.filter((code) => /html`[^`]*<(pre|textarea)\b/.test(code))).toEqual([]);
  });

  // The FAQ builds its items as DOM and sets the answer as text (faq-item.ts), so today no template holds
  // it; a template that does again must not put static whitespace around the answer.
  it('put no static whitespace inside the FAQ answer, the one box with white-space: pre-line', () => {
    const answers = sources.flatMap((code) => code.match(/<p class="faq__answer"[^>]*>[^<]*<\/p>/g) ?? []);
    for (const answer of answers) expect(answer).toMatch(/>\$\{\w+\}<\/p>$/);
  });
});
