// Minifies the text of Lit `css` tagged templates in the script-tag (CDN) build. The JavaScript minifier
// leaves template text alone, so every indent and line break of the styles would ship to readers.
//
// Deliberately small and conservative: it removes comments and whitespace that CSS syntax never needs and
// changes nothing else (no merging of rules, no shorter colours). Only literals without `${…}`, backslashes
// or nested backticks are touched, so no escape or interpolation can be misread. A browser test checks that
// the browser parses every stylesheet of the package to the same rules before and after.
//
// Lightning CSS (through minify-literals 2.2.0) in its place, measured on every script-tag file: no smaller
// (ketahanan.js 24.40 KB brotli against our 24.35). Kept; see minify-html-literals.mjs.

/** Whitespace around these is never needed. `(`, `)`, `+`, `-`, `*` and `/` are left alone: `and (`, calc(). */
const TIGHT = new Set(['{', '}', ';', ',', '>']);

/**
 * CSS text without comments and without whitespace that CSS does not need; quoted strings kept as written.
 * @param {string} text
 * @returns {string}
 */
export function minifyCss(text) {
  let out = '';
  let space = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (char === '/' && text.charAt(at + 1) === '*') {
      const end = text.indexOf('*/', at + 2);
      at = end < 0 ? text.length : end + 1;
      space = true;
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    const last = out.charAt(out.length - 1);
    // A space is kept only between two things that would otherwise run together (`solid var(…)`, `a .b`).
    // After `:` it is never needed (`color: red`, `(forced-colors: active)`); before `:` it may be (`a :hover`).
    if (space && out !== '' && !TIGHT.has(last) && !TIGHT.has(char) && last !== ':') out += ' ';
    space = false;
    if (char === '"' || char === "'") {
      let end = at + 1;
      while (end < text.length && text.charAt(end) !== char) end += text.charAt(end) === '\\' ? 2 : 1;
      out += text.slice(at, end + 1);
      at = end;
      continue;
    }
    // The last declaration of a block needs no semicolon.
    if (char === '}' && last === ';') out = out.slice(0, -1);
    out += char;
  }
  return out;
}

// `css` followed by a template without `${`, backslash or backtick inside.
const CSS_LITERAL = /\bcss`([^`\\$]*)`/g;

/**
 * A Vite plugin that minifies the `css` literals of the package's own sources.
 * @returns {import('vite').Plugin}
 */
export function minifyCssLiterals() {
  return {
    name: 'ketahanan:minify-css-literals',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: 'css`' },
      handler(code) {
        const minified = code.replace(CSS_LITERAL, (_whole, text) => `css\`${minifyCss(text)}\``);
        // No source map: the CDN files ship without one, and `size:why` attributes by file, not by line.
        return minified === code ? null : { code: minified, map: null };
      },
    },
  };
}
