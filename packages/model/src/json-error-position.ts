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
// JSON forbids raw control characters inside strings, so the patterns must name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
// eslint-disable-next-line no-control-regex
const STRING_PREFIX = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const SCALAR = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Length of the match of a sticky `pattern` at `at`, or -1. */
function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : -1;
}

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';

export function findJsonError(text: string): JsonErrorPosition {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let at = 0;
  const failAt = (offset: number): JsonErrorPosition => ({
    offset,
    found: offset < text.length ? String.fromCodePoint(text.codePointAt(offset) ?? 0) : null,
  });
  const readString = (): JsonErrorPosition | null => {
    const length = matchAt(STRING, text, at);
    if (length >= 0) {
      at += length;
      return null;
    }
    // A broken string: the error is just after its longest valid beginning.
    return failAt(at + Math.max(matchAt(STRING_PREFIX, text, at), 1));
  };
  for (;;) {
    at += matchAt(SPACE, text, at);
    const char = text.charAt(at);
    if (expect === 'first-value' && char === ']') {
      stack.pop();
      at++;
      expect = 'after';
    } else if (expect === 'first-key' && char === '}') {
      stack.pop();
      at++;
      expect = 'after';
    } else if (expect === 'value' || expect === 'first-value') {
      if (char === '{' || char === '[') {
        stack.push(char);
        at++;
        expect = char === '{' ? 'first-key' : 'first-value';
        continue;
      }
      if (char === '"') {
        const error = readString();
        if (error !== null) return error;
      } else {
        const length = matchAt(SCALAR, text, at);
        if (length <= 0) return failAt(at);
        at += length;
      }
      expect = 'after';
    } else if (expect === 'key' || expect === 'first-key') {
      if (char !== '"') return failAt(at);
      const error = readString();
      if (error !== null) return error;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (char !== ':') return failAt(at);
      at++;
      expect = 'value';
    } else {
      const open = stack.at(-1);
      // After a complete top-level value only the end may follow; anything else is trailing garbage.
      if (open === undefined) return failAt(at);
      if (char === ',') {
        at++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((open === '{' && char === '}') || (open === '[' && char === ']')) {
        stack.pop();
        at++;
      } else {
        return failAt(at);
      }
    }
  }
}
