import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../src/index.js';

describe('resolveLocale', () => {
  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['en_US.UTF-8', 'en'],
    ['jv', 'id'],
    ['', 'id'],
    ['garbage!!', 'id'],
    [null, 'id'],
    [undefined, 'id'],
  ])('resolves %j to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});
