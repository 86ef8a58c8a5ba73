/**
 * Finds where JSON text first goes wrong. `JSON.parse` error messages differ between engines and often
 * carry no position at all (V8: `Unexpected token '}', "{"a":}" is not valid JSON`), so we scan ourselves.
 * Only called after `JSON.parse` has failed. Iterative, so nesting depth cannot overflow the stack, and
 * linear: the token patterns are sticky and never copy the text.
 */
export interface JsonErrorPosition {
  /** UTF-16 offset of the offending character, or the text's length when the text ends too early. */
  readonly offset: number;
  /** The offending character, or null when the text ends too early. */
  readonly found: string | null;
}

const SPACE = /[ \t\n\r]*/y;
// A string up to where it stops being valid: followed by `"` it is complete, else the error is right there.
// JSON forbids raw control characters inside strings, so the pattern must name them.
// eslint-disable-next-line no-control-regex
const STRING_PREFIX = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const SCALAR = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Length of the match of a sticky `pattern` at `at`, or -1. */
function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : -1;
}

/**
 * What may come next: a value, a key, the colon after a key, or what follows a value (a comma, the closer
 * of the open container, or nothing at the top level). `first`: just after `{` or `[`, the closer may
 * come instead.
 */
type Expect = 'value' | 'key' | 'colon' | 'after';

export function findJsonError(text: string): JsonErrorPosition {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let first = false;
  let at = 0;
  for (;;) {
    at += matchAt(SPACE, text, at);
    const char = text.charAt(at);
    const open = stack.at(-1);
    const closer = open === '{' ? '}' : ']';
    if ((first || expect === 'after') && open !== undefined && char === closer) {
      stack.pop();
      at++;
      expect = 'after';
    } else if (expect === 'after') {
      // After a complete top-level value only the end may follow; anything else is trailing garbage.
      if (open === undefined || char !== ',') break;
      at++;
      expect = open === '{' ? 'key' : 'value';
    } else if (expect === 'colon') {
      if (char !== ':') break;
      at++;
      expect = 'value';
    } else if (char === '"') {
      at += matchAt(STRING_PREFIX, text, at);
      if (text.charAt(at) !== '"') break;
      at++;
      expect = expect === 'key' ? 'colon' : 'after';
    } else if (expect === 'key') {
      break;
    } else if (char === '{' || char === '[') {
      stack.push(char);
      at++;
      expect = char === '{' ? 'key' : 'value';
      first = true;
      continue;
    } else {
      const length = matchAt(SCALAR, text, at);
      if (length <= 0) break;
      at += length;
      expect = 'after';
    }
    first = false;
  }
  return { offset: at, found: at < text.length ? String.fromCodePoint(text.codePointAt(at) ?? 0) : null };
}
