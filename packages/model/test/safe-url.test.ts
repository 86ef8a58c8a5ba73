/**
 * safeUrl: content may link only with https, http, mailto and tel, and what it returns is the normalised,
 * serialised address: printable ASCII only, so nothing that later strips characters can change its scheme.
 */
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../src/index.js';
import { hiddenCharacterUrls } from './corpus.js';

describe('safeUrl', () => {
  it.each([
    ['https://desa.example.id/mitra', 'https://desa.example.id/mitra'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:info@desa.example.id', 'mailto:info@desa.example.id'],
    ['tel:+62-274-123456', 'tel:+62-274-123456'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['/mitra', '/mitra'],
    ['logo.png', 'logo.png'],
    ['https:desa.example.id', 'https://desa.example.id/'],
    ['HTTPS://Desa.Example.ID/Mitra', 'https://desa.example.id/Mitra'],
    ['https://désa.example/ruang publik', 'https://xn--dsa-bma.example/ruang%20publik'],
  ])('allows %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    'blob:https://example.org/123',
    '',
    '   ',
    'http://[::1',
    'https:<script>alert(1)</script>',
    'https:exa mple.org',
    '//',
    '//exa mple.org/',
  ])('refuses %j', (url) => {
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
  it.each([
    ['/a b/ç?q=a b#x y', '/a%20b/%C3%A7?q=a%20b#x%20y'],
    ['/a/./b/../c', '/a/./b/../c'],
    ['\\\\evil.example\\x?a\\b', '//evil.example/x?a%5Cb'],
    ['//cdn.example.org/x.png', '//cdn.example.org/x.png'],
    ['../logo.png', '../logo.png'],
    ['a|b^c`{d}"<e>', 'a%7Cb%5Ec%60%7Bd%7D%22%3Ce%3E'],
    ['100% %41.png', '100%25%20%41.png'],
    ['?sektor=swasta', '?sektor=swasta'],
    ['#kontak', '#kontak'],
    ['logo desa.png', 'logo%20desa.png'],
    ['🌾/𐀀.png', '%F0%9F%8C%BE/%F0%90%80%80.png'],
    // Letters that case-fold to ASCII (the long s, the Kelvin sign) are not ASCII: encoded too.
    ['ſ/\u212a.png', '%C5%BF/%E2%84%AA.png'],
    ['%4a%4A', '%4a%4A'],
    // A colon in the first segment would read as a scheme once something removed the escapes before it.
    ['java script:alert(1)', './java%20script:alert(1)'],
    ['javascript%00:alert(1)', './javascript%00:alert(1)'],
    ['1x:y', './1x:y'],
  ])('%j as %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
