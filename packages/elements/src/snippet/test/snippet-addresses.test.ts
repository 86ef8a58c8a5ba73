/**
 * Every address a snippet writes (a partner's link and logo in the fallback, the element's `src`, the
 * script's URL) is the normalised, serialised URL of an allowed scheme, in printable ASCII: never a control
 * or invisible character that a CMS, a shell or an editor could strip into `javascript:`, and never the
 * placeholder host the URL check uses inside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Partner } from '@ketahanan/model';
import { createSnippet } from '../index.js';
import { defaultFallbackContent } from '../element-markup.js';
import { parseSnippet } from './parse-snippet.js';
import { anyUrl, hiddenCharacterUrl, hidesCharacter } from '../../../test/hardening/hostile-text.js';

const ALLOWED = ['https:', 'http:', 'mailto:', 'tel:'];
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The snippet of kl-partner-cards for one site-owner partner with this link and logo. */
function cardsSnippet(url: string, logo: string): string {
  const partner: Partner = { id: 'mitra', name: 'Mitra', sector: 'swasta', url, logo };
  return createSnippet({
    tag: 'kl-partner-cards',
    version: '1.2.3',
    integrity: null,
    content: { ...defaultFallbackContent('id'), partners: [partner] },
    provided: ['partners'],
  });
}

/** What is wrong with the addresses in `snippet`: each must be absent or safe as written. */
function addressProblems(snippet: string): string[] {
  const problems: string[] = [];
  // The snippet's own line breaks are the only control characters it may hold.
  if (hidesCharacter(snippet.replaceAll('\n', ''))) problems.push('a control or invisible character');
  if (snippet.includes('relative.invalid')) problems.push('the internal placeholder host');
  const page = parseSnippet(snippet);
  const addresses = [
    ...[...page.querySelectorAll('[href]')].map((node) => node.getAttribute('href') ?? ''),
    ...[...page.querySelectorAll('[data-logo]')].map((node) => node.getAttribute('data-logo') ?? ''),
    ...[...page.querySelectorAll('[src]')].map((node) => node.getAttribute('src') ?? ''),
  ];
  for (const address of addresses) {
    if (!/^[\x21-\x7e]+$/.test(address)) problems.push(`not printable ASCII: ${JSON.stringify(address)}`);
    else if (SCHEME.test(address) && !ALLOWED.includes(new URL(address).protocol))
      problems.push(`a scheme that is not allowed: ${address}`);
  }
  return problems;
}

describe('a partner’s link and logo in the fallback', () => {
  it('never carry a hidden character: such an address is left out', () => {
    fc.assert(
      fc.property(hiddenCharacterUrl, (url) => {
        const snippet = cardsSnippet(url, url);
        expect(addressProblems(snippet)).toEqual([]);
        const item = parseSnippet(snippet).querySelector('kl-partner-cards li');
        expect(item?.querySelector('a')).toBeNull();
        expect(item?.hasAttribute('data-logo')).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    'javascript\u0000:alert(1)',
    'javascript\u0001:alert(1)',
    'java\u001bscript:alert(1)',
    'javascript\u007f:alert(1)',
  ])('leave out the address of the issue report, %j', (url) => {
    const snippet = cardsSnippet(url, url);
    expect(addressProblems(snippet)).toEqual([]);
    expect(parseSnippet(snippet).querySelector('kl-partner-cards a')).toBeNull();
  });

  it('are safe as written for any address a site owner may give', () => {
    fc.assert(
      fc.property(anyUrl, anyUrl, (url, logo) => {
        expect(addressProblems(cardsSnippet(url, logo))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('are written normalised, never on the internal placeholder host', () => {
    const item = parseSnippet(cardsSnippet('https:evil.example', 'logo desa.png')).querySelector('li');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('https://evil.example/');
    expect(item?.getAttribute('data-logo')).toBe('logo%20desa.png');
  });
});

describe('the element’s src', () => {
  const snippetWith = (src: string) =>
    createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity: null, src });

  it('is written normalised', () => {
    const element = parseSnippet(snippetWith(' /konten/faq desa.json ')).querySelector('kl-faq-accordion');
    expect(element?.getAttribute('src')).toBe('/konten/faq%20desa.json');
  });

  it.each([
    'javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'https://desa.example.id/\u200bfaq.json',
    'mailto:info@desa.example.id',
    'data:application/json,{}',
  ])('is refused when it is not an http(s) address a page can fetch: %j', (src) => {
    expect(() => snippetWith(src)).toThrow(RangeError);
  });
});

describe('the script’s URL', () => {
  const snippetFrom = (cdnBase: string) =>
    createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity: null, cdnBase });

  it.each([
    ['HTTPS://CDN.Example.org/npm', 'https://cdn.example.org/npm/'],
    ['/npm/', '/npm/'],
    ['//cdn.example.org/npm', '//cdn.example.org/npm/'],
  ])('is on the CDN base %j, normalised, also for a copy the site hosts itself', (cdnBase, expected) => {
    const script = parseSnippet(snippetFrom(cdnBase)).querySelector('script');
    expect(script?.getAttribute('src')).toBe(
      `${expected}@ketahanan/elements@1.2.3/dist/cdn/faq-accordion.js`,
    );
  });

  it.each([
    'javascript:alert(1)//',
    'https://cdn.example.org/\u0000npm/',
    'mailto:cdn@example.org',
    'https://cdn.example.org/npm/?v=1',
    'https://cdn.example.org/npm/#top',
    'https://user:secret@cdn.example.org/npm/',
    '//user@cdn.example.org/npm/',
    'npm/',
    'https://cdn.example.org/\u200bnpm/',
  ])('is refused on a CDN base that is not a plain http(s) address: %j', (cdnBase) => {
    expect(() => snippetFrom(cdnBase)).toThrow(RangeError);
  });
});
