/**
 * safeUrl: content may link only with https, http, mailto and tel, and what it returns is the normalised,
 * serialised address: printable ASCII only, so nothing that later strips characters can change its scheme.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../src/index.js';
import { hiddenCharacterUrls } from './corpus.js';
import { urlLikeText } from './arbitraries.js';

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
    ['/a/./b/../c', '/a/c'],
    ['\\\\evil.example\\x', '//evil.example/x'],
    ['//cdn.example.org/x.png', '//cdn.example.org/x.png'],
    ['../logo.png', '../logo.png'],
    ['a/../../x', '../x'],
    ['./logo.png', 'logo.png'],
    ['.', './'],
    ['..', '../'],
    ['.//x', './/x'],
    ['/..//x', '/.//x'],
    ['?sektor=swasta', '?sektor=swasta'],
    ['#kontak', '#kontak'],
    ['logo desa.png', 'logo%20desa.png'],
    // A colon in the first segment would read as a scheme once something removed the escapes before it.
    ['java script:alert(1)', './java%20script:alert(1)'],
    ['javascript%00:alert(1)', './javascript%00:alert(1)'],
    ['1x:y', './1x:y'],
  ])('%j as %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it('means exactly what the address as written means, on any http(s) page, in printable ASCII only', () => {
    // Pages at least two folders deep: Node 20's URL parser resolves `:/.a//..` against a page in the root
    // folder unlike browsers and unlike itself elsewhere, which would fail the comparison, not safeUrl.
    const pages = [
      'https://desa.example.id/a/b/c.html?x=1',
      'http://kab.example/p/q/',
      'https://x.example/a/b/c/d/',
    ];
    fc.assert(
      fc.property(urlLikeText, (url) => {
        const safe = safeUrl(url);
        if (safe === null) return;
        expect(safe).toMatch(/^[\x21-\x7e]*$/);
        expect(safeUrl(safe), 'serialising twice changes nothing').toBe(safe);
        if (/^[a-z][a-z\d+.-]*:/i.test(url.trim())) {
          // An address that names its scheme means the same on every page: the URL parser's own reading.
          expect(['https:', 'http:', 'mailto:', 'tel:']).toContain(new URL(safe).protocol);
          expect(safe).toBe(new URL(url.trim()).href.replaceAll(' ', '%20'));
        } else {
          expect(safe, 'a relative reference stays relative').not.toMatch(/^[a-z][a-z\d+.-]*:/i);
          for (const page of pages) expect(new URL(safe, page).href).toBe(new URL(url.trim(), page).href);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
