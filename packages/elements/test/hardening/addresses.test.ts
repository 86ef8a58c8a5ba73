/**
 * `safeUrl` where its answers are read: in the browser. Whatever address a site owner gives, what the
 * elements and the snippet write is printable ASCII that serialises the same way twice, an absolute address
 * is what the browser's URL parser makes of it, and a relative one, read on any http(s) page, leads where the
 * address as written leads (up to how each spells its escapes), and never gains a scheme. An address is
 * refused only for a reason: a hidden character, or no page could open it with an allowed scheme.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '@ketahanan/model';
import { anyUrl, hiddenCharacterUrl, hidesCharacter, urlShapedText } from './hostile-text.js';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const ALLOWED = ['https:', 'http:', 'mailto:', 'tel:'];
const PAGES = [
  'https://desa.example.id/a/b/c.html?x=1',
  'http://kab.example/',
  'http://kab.example/p/q/',
  'https://x.example/a/b/c/d/',
];

/**
 * An href with its escapes decoded (an ASCII one alone, a run of others where it is UTF-8), in one pass:
 * two spellings of one address (`|` and `%7C`, `%zz` and `%25zz`) then read the same.
 */
const canonical = (href: string): string =>
  href.replace(/%[0-7][\da-f]|(?:%[89a-f][\da-f])+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });

/** Why an address may be refused: a hidden character, no address at all, or none a page could open. */
function refusable(url: string): boolean {
  const trimmed = url.trim();
  if (hidesCharacter(url) || trimmed === '') return true;
  if (!SCHEME.test(trimmed)) return !URL.canParse(trimmed, PAGES[0]);
  return !URL.canParse(trimmed) || !ALLOWED.includes(new URL(trimmed).protocol);
}

describe('what safeUrl returns, read by the browser', () => {
  it('means what the address as written means, on any http(s) page, in printable ASCII only', () => {
    const addresses = fc.oneof(urlShapedText, anyUrl, hiddenCharacterUrl, fc.string({ maxLength: 16 }));
    fc.assert(
      fc.property(addresses, (url) => {
        const safe = safeUrl(url);
        const trimmed = url.trim();
        if (safe === null) {
          expect(refusable(url), 'refused an address a page opens').toBe(true);
          return;
        }
        expect(safe).toMatch(/^[\x21-\x7e]+$/);
        expect(safeUrl(safe), 'serialising twice changes nothing').toBe(safe);
        if (SCHEME.test(trimmed)) {
          // An address that names its scheme means the same on every page: the URL parser's own reading.
          expect(ALLOWED).toContain(new URL(safe).protocol);
          expect(safe).toBe(new URL(trimmed).href.replaceAll(' ', '%20'));
          return;
        }
        expect(safe, 'a relative address stays relative').not.toMatch(SCHEME);
        for (const page of PAGES)
          expect(canonical(new URL(safe, page).href)).toBe(canonical(new URL(trimmed, page).href));
      }),
      { numRuns: 3000 },
    );
  });
});
