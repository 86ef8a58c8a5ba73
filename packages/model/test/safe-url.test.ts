/**
 * safeUrl: content may link only with https, http, mailto and tel, and what it returns is the normalised,
 * serialised address: printable ASCII only, so nothing that later strips characters can change its scheme.
 */
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../src/index.js';
import { ALLOWED_ADDRESSES, REFUSED_ADDRESSES, RELATIVE_ADDRESSES } from './addresses.js';
import { hiddenCharacterUrls } from './corpus.js';

describe('safeUrl', () => {
  it.each(ALLOWED_ADDRESSES)('allows %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it.each(REFUSED_ADDRESSES)('refuses %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it('returns null when there is no URL at all', () => {
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl(42 as unknown as string)).toBeNull();
  });

  it('resolves relative URLs against a base', () => {
    expect(safeUrl('../logo.png', 'https://desa.example.id/mitra/daftar')).toBe(
      'https://desa.example.id/logo.png',
    );
    expect(safeUrl('//cdn.example.org/x.png', 'https://desa.example.id/')).toBe(
      'https://cdn.example.org/x.png',
    );
    expect(safeUrl('javascript:alert(1)', 'https://desa.example.id/')).toBeNull();
  });

  it('reads `https:path` as relative only against a base, where the browser would too', () => {
    expect(safeUrl('https:<x>', 'https://desa.example.id/mitra/')).toBe(
      'https://desa.example.id/mitra/%3Cx%3E',
    );
    expect(safeUrl('https:<x>', 'http://desa.example.id/')).toBeNull();
  });

  it('never returns the internal probe host it uses to tell relative URLs apart', () => {
    for (const url of [
      'https:evil.example',
      'https:/evil.example',
      'http:evil.example',
      'HTTPS:x',
      'https:',
    ]) {
      expect(safeUrl(url) ?? '', url).not.toContain('relative.invalid');
    }
  });

  it('refuses a relative URL that a file: base would turn into a file: URL', () => {
    expect(safeUrl('logo.png', 'file:///home/user/page.html')).toBeNull();
  });
});

describe('safeUrl and hidden characters', () => {
  it('refuses every control or invisible character at every position of a scheme', () => {
    const passed = hiddenCharacterUrls.filter((url) => safeUrl(url) !== null);
    expect(passed.map((url) => JSON.stringify(url))).toEqual([]);
  });

  it.each([
    'javascript\u0000:alert(1)',
    'javascript\u0001:alert(1)',
    'java\u001bscript:alert(1)',
    'javascript\u007f:alert(1)',
    'javas\u200bcript:alert(1)',
    '\u202ejavascript:alert(1)',
    '/mitra\u0000',
    'logo\u0085.png',
  ])('refuses %j, also against a base', (url) => {
    expect(safeUrl(url)).toBeNull();
    expect(safeUrl(url, 'https://desa.example.id/')).toBeNull();
  });
});

describe('safeUrl serialises a relative reference safely', () => {
  it.each(RELATIVE_ADDRESSES)('%j as %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
