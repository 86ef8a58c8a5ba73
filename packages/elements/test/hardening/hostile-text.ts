/**
 * fast-check generators of text a site owner (or an attacker who got into their CMS) may put in content:
 * markup and template syntax that must stay text, scripts that run right to left, emoji sequences,
 * invisible and combining characters, control characters, and the longest text the model accepts.
 */
import fc from 'fast-check';
import { MAX_CHARACTER_CODE_POINTS, MAX_TEXT_LENGTH } from '@ketahanan/model';

/** Each sets the trap `window.__pwned` if it is ever parsed as markup or evaluated as code. */
export const INJECTIONS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '</p></li></ul><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  '</script><script>window.__pwned=1</script>',
] as const;

const WRITING = [
  'مرحبا بالشراكة المحلية', // Arabic (RTL)
  'שותפות מקומית', // Hebrew (RTL)
  '\u202Eكتابة معكوسة\u202C', // right-to-left override
  '\u2067عزل\u2069 ltr', // isolates
  'ketahanan\u200Blokal\u200C\u200D\u2060\uFEFF\u00AD', // zero-width and soft hyphen
  'Z\u0336\u0301\u0308\u0323\u0330\u0336\u0301\u0308\u0323\u0330\u0336', // a letter and 11 marks, the most the model takes
  '👩‍👩‍👧‍👦🇮🇩👍🏽🧑🏿‍🦯❤️‍🔥', // ZWJ sequences, flags, skin tones
  'Kabupaten\u00A0Sukamaju\u00A0—\u00A0tanpa\u00A0spasi\u00A0biasa', // no-break spaces only
] as const;

const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 3 },
  { arbitrary: fc.constantFrom(...WRITING), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), weight: 1 },
);

const characters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The code points of `text`: the unit the model's limit on a character counts. */
const codePointsOf = (text: string): string[] => Array.from(text);

/** Whether some character (grapheme cluster) of `text` stacks more code points than the model takes. */
function stacksTooHigh(text: string): boolean {
  for (const { segment } of characters.segment(text)) {
    if (codePointsOf(segment).length > MAX_CHARACTER_CODE_POINTS) return true;
  }
  return false;
}

/**
 * `text` with every character cut to the most code points the model takes. Cut pieces can join what
 * follows them into a new character (a run of prepended marks, a joiner before an emoji), so cut again
 * until none is over; each pass shortens the text.
 */
function withinStackLimit(text: string): string {
  let cut = text;
  while (stacksTooHigh(cut)) {
    cut = [...characters.segment(cut)]
      .map(({ segment }) => codePointsOf(segment).slice(0, MAX_CHARACTER_CODE_POINTS).join(''))
      .join('');
  }
  return cut;
}

/**
 * What TextSchema accepts: not blank after trimming, at most `maxLength` (≤ MAX_TEXT_LENGTH) code units,
 * and no character stacked past MAX_CHARACTER_CODE_POINTS.
 */
function valid(text: string, maxLength = MAX_TEXT_LENGTH): string {
  const cut = withinStackLimit(text.slice(0, maxLength));
  return cut.trim() === '' ? `x${cut.slice(1)}` : cut;
}

/** `fragment` repeated to exactly `length` characters, as one unbroken word or with spaces. */
function repeatedTo(length: number): fc.Arbitrary<string> {
  return fc
    .tuple(fragment, fc.boolean())
    .map(([piece, spaced]) => (spaced ? `${piece} ` : piece).repeat(Math.ceil(length / piece.length) + 1));
}

/**
 * One field's text: short mixes of hostile fragments, or one fragment repeated to the longest text, which is
 * the model's MAX_TEXT_LENGTH unless `maxLength` says less (an engine that lays out 20,000-character words
 * slowly runs the fixed full-length case and generates shorter ones).
 */
export function extremeText(maxLength: number = MAX_TEXT_LENGTH): fc.Arbitrary<string> {
  return fc
    .oneof(
      {
        arbitrary: fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
        weight: 4,
      },
      {
        arbitrary: fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')),
        weight: 3,
      },
      { arbitrary: repeatedTo(maxLength), weight: 1 },
    )
    .map((text) => valid(text, maxLength));
}

/**
 * One character that hides what an address says: any C0 control, DEL, any C1 control, a zero-width or
 * joiner character, a soft hyphen, a bidi mark, embedding, override or isolate, a line or paragraph
 * separator, the byte-order mark or a tag character. Listed by hand (not taken from the rule under test).
 */
export const hiddenCharacter: fc.Arbitrary<string> = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x1f }),
    fc.constant(0x7f),
    fc.integer({ min: 0x80, max: 0x9f }),
    fc.constantFrom(0xad, 0x34f, 0x61c, 0x180e, 0xfeff, 0xe0001, 0xe0041),
    fc.integer({ min: 0x200b, max: 0x200f }),
    fc.integer({ min: 0x2028, max: 0x202e }),
    fc.integer({ min: 0x2060, max: 0x2064 }),
    fc.integer({ min: 0x2066, max: 0x2069 }),
  )
  .map((code) => String.fromCodePoint(code));

/**
 * The rule every address the project writes follows, stated as Unicode defines it: no control (Cc),
 * format (Cf, which holds the zero-width and bidi characters), surrogate (Cs), line or paragraph separator
 * (Zl, Zp) or default-ignorable character. The hand-listed `hiddenCharacter` makes sure the ones that
 * matter are among them.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;

export const hidesCharacter = (text: string): boolean => HIDDEN.test(text);

/**
 * An address with a hidden character put into it: anywhere in (or around) the scheme of `javascript:`
 * in mixed case, or anywhere in an allowed address. Stripped of that character by a CMS, a shell or an
 * editor, the first kind becomes `javascript:`.
 */
export const hiddenCharacterUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.mixedCase(fc.constant('javascript:window.__pwned=1')),
      fc.constantFrom('https://example.org/mitra', 'mailto:info@example.org', '/mitra', 'logo.png'),
    ),
    hiddenCharacter,
    fc.nat(),
    fc.boolean(),
  )
  .map(([url, character, at, inScheme]) => {
    const span = inScheme ? Math.max(url.indexOf(':') + 2, 1) : url.length + 1;
    const position = at % span;
    return `${url.slice(0, position)}${character}${url.slice(position)}`;
  });

/**
 * Text shaped like addresses: schemes with and without slashes, dot segments (also percent-encoded),
 * backslashes, queries, fragments, colons, escapes good and broken, spaces, non-ASCII letters and hosts, in
 * any order: the pieces the URL parser treats specially.
 */
export const urlShapedText: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      ...['https:', 'http:', 'HTTPS:', 'mailto:', 'tel:', 'javascript:', 'data:', 'x-y:', '//', '/', '\\'],
      ...['.', '..', '%2e', '%2E.', '%', '%00', '%7C', '%C3%A7', '%zz', '?', '#', ':', '@', ' ', '\u00a0'],
      ...[
        'a',
        'Z',
        '1',
        'ç',
        '🌾',
        'desa.example',
        '[::1]',
        'logo.png',
        '&',
        "'",
        '"',
        '<',
        '>',
        '`',
        '{',
        '|',
      ],
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

/** Link and logo addresses: allowed schemes, forbidden ones, and disguises of the forbidden ones. */
export const anyUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'javascript:window.__pwned=1',
    ' JaVaScRiPt:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'java\nscript:window.__pwned=1',
    '\u0000javascript:window.__pwned=1',
    'javascript&colon;window.__pwned=1',
    '&#106;avascript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    '//evil.example/x',
    'https://example.org/mitra',
    'http://example.org/logo.png',
    'mailto:info@example.org',
    'tel:+62211234',
    '/__kl/status/404',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.constantFrom('javascript', 'data', 'vbscript', 'https', 'tel'), extremeText())
    .map(([scheme, rest]) => valid(`${scheme}:${rest}`)),
);
