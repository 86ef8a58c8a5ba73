import { describe, expect, it } from 'vitest';
import { resolveLocale, supportedLocale } from '../src/index.js';

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

  it.each([
    ['id-ID', 'id'],
    ['in', 'id'],
    ['en-GB', 'en'],
    ['jv', undefined],
    ['', undefined],
    [null, undefined],
  ])('knows %j as %s, or as nothing we ship', (tag, locale) => {
    expect(supportedLocale(tag)).toBe(locale);
  });
});
