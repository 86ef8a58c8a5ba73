/**
 * Addresses and what `safeUrl` writes for them: one list for the model's own test and for every port of
 * the rule (the WordPress plugin's PHP), so a case added here is checked everywhere.
 */

/** Allowed addresses and their serialisation. */
export const ALLOWED_ADDRESSES: readonly (readonly [string, string])[] = [
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
];

/** Addresses never linked. */
export const REFUSED_ADDRESSES: readonly string[] = [
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
];

/** Relative references and how they are written: percent-encoded, and never readable as a scheme. */
export const RELATIVE_ADDRESSES: readonly (readonly [string, string])[] = [
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
];
