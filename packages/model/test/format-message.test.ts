/** The one message format of the project: `{name}` placeholders and CLDR plural forms. */
import { describe, expect, it } from 'vitest';
import { formatMessage, type PluralMessage } from '../src/index.js';

const shown: PluralMessage = { one: '{count} partner shown', other: '{count} partners shown' };

describe('formatMessage', () => {
  it('fills {name} placeholders', () => {
    expect(formatMessage('en', '{count} of {total} in place', { count: 2, total: 4 })).toBe(
      '2 of 4 in place',
    );
  });

  it('writes numbers the way the language does', () => {
    expect(formatMessage('id', 'paling banyak {max}', { max: 20000 })).toBe('paling banyak 20.000');
    expect(formatMessage('en', 'at most {max}', { max: 20000 })).toBe('at most 20,000');
  });

  it('picks the plural form of `count` with the language’s own rules', () => {
    expect(formatMessage('en', shown, { count: 1 })).toBe('1 partner shown');
    expect(formatMessage('en', shown, { count: 0 })).toBe('0 partners shown');
    expect(formatMessage('en', shown, { count: 1000 })).toBe('1,000 partners shown');
    // Indonesian has no plural forms: `other` serves every count, even where `one` is given.
    expect(formatMessage('id', { one: 'satu', other: '{count} mitra' }, { count: 1 })).toBe('1 mitra');
  });

  it('falls back to `other` for a form the message does not give', () => {
    const forms: PluralMessage = { one: '{count} plik', few: '{count} pliki', other: '{count} plików' };
    expect(formatMessage('pl', forms, { count: 3 })).toBe('3 pliki');
    expect(formatMessage('pl', forms, { count: 5 })).toBe('5 plików');
    expect(formatMessage('pl', { other: '{count} x' }, { count: 3 })).toBe('3 x');
  });

  it('fills in one pass, and leaves a placeholder without a value as written', () => {
    expect(formatMessage('en', '{a} and {b}', { a: '{b}' })).toBe('{b} and {b}');
    expect(formatMessage('en', 'Hello {name}')).toBe('Hello {name}');
  });
});
