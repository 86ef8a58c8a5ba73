/** parseJson: never throws, and points at the broken spot by line and column. */
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/index.js';

function messageOf(text: string, locale: 'id' | 'en' = 'en'): string {
  const result = parseJson(text, locale);
  return result.ok ? 'ok' : result.problem.message;
}

describe('parseJson', () => {
  it('parses good JSON, keeping __proto__ as an ordinary key', () => {
    const result = parseJson('{"__proto__": {"x": 1}, "a": [1, "b", null]}');
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as Record<string, unknown>) : {};
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
  });

  it('accepts a leading byte order mark, as Windows editors write one', () => {
    expect(parseJson('\uFEFF{"faq": []}')).toEqual({ ok: true, value: { faq: [] } });
  });

  it.each([
    ['{"a": }', "Broken JSON at line 1, column 7: unexpected '}'."],
    ['{\n  "faq": [\n    {"id": "a",}\n  ]\n}', "Broken JSON at line 3, column 16: unexpected '}'."],
    ['[1, 2', 'Broken JSON at line 1, column 6: the text ends too early.'],
    ['', 'Broken JSON at line 1, column 1: the text ends too early.'],
    ["{'a': 1}", "Broken JSON at line 1, column 2: unexpected '''."],
    ['{"a": "line\nbreak"}', "Broken JSON at line 1, column 12: unexpected '\\n'."],
    ['{"a": 1} x', "Broken JSON at line 1, column 10: unexpected 'x'."],
    ['{"a": 01}', "Broken JSON at line 1, column 8: unexpected '1'."],
    ['{"a": "\\x"}', "Broken JSON at line 1, column 8: unexpected '\\'."],
    ['{"a": tru}', "Broken JSON at line 1, column 7: unexpected 't'."],
    ['\r\n\r\n  ]', "Broken JSON at line 3, column 3: unexpected ']'."],
  ])('points at the mistake in %j', (text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it('explains in Indonesian too', () => {
    expect(messageOf('{"a": }', 'id')).toBe("JSON rusak di baris 1, kolom 7: '}' tidak terduga di sini.");
    expect(messageOf('[', 'id')).toBe('JSON rusak di baris 1, kolom 2: teks berakhir sebelum waktunya.');
  });

  it('copes with deep nesting and long files without throwing', () => {
    expect(messageOf(`${'['.repeat(100_000)}}`)).toBe(
      "Broken JSON at line 1, column 100001: unexpected '}'.",
    );
    expect(messageOf(`[${'"abc",'.repeat(200_000)}]`)).toMatch(
      /^Broken JSON at line 1, column 1200002: unexpected '\]'\.$/,
    );
  });

  it('never throws, even when called with something that is not text', () => {
    expect(parseJson(undefined as unknown as string).ok).toBe(false);
  });
});
