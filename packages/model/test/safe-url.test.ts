/** safeUrl: content may link only with https, http, mailto and tel. */
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../src/index.js';

describe('safeUrl', () => {
  it.each([
    ['https://desa.example.id/mitra', 'https://desa.example.id/mitra'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:info@desa.example.id', 'mailto:info@desa.example.id'],
    ['tel:+62-274-123456', 'tel:+62-274-123456'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['/mitra', '/mitra'],
    ['logo.png', 'logo.png'],
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

  it('refuses a relative URL that a file: base would turn into a file: URL', () => {
    expect(safeUrl('logo.png', 'file:///home/user/page.html')).toBeNull();
  });
});
