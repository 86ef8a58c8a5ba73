/** Self-hosted script files: the snippet's script tag points at the site's own copy, with the same hash. */
import { describe, expect, it } from 'vitest';
import { createSnippet, selfHostedBase, type IntegrityManifest } from '../index.js';
import { parseSnippet } from './parse-snippet.js';

const integrity: IntegrityManifest = {
  version: '1.2.3',
  files: { 'faq-accordion.js': 'sha384-faq', 'ketahanan.js': 'sha384-all' },
};

const scriptOf = (html: string): HTMLScriptElement | null => parseSnippet(html).querySelector('script');

describe('a snippet for files the site serves itself (baseUrl)', () => {
  it('loads the file from that folder, with the integrity hash of the same bytes', () => {
    const tag = scriptOf(
      createSnippet({
        tag: 'kl-faq-accordion',
        version: '1.2.3',
        integrity,
        baseUrl: 'https://pemda.example/js/ketahanan/',
      }),
    );
    expect(tag?.getAttribute('src')).toBe('https://pemda.example/js/ketahanan/faq-accordion.js');
    expect(tag?.integrity).toBe('sha384-faq');
    expect(tag?.getAttribute('crossorigin')).toBe('anonymous');
  });

  it('adds the missing slash and accepts a path on the page’s own site', () => {
    const all = (baseUrl: string) =>
      scriptOf(
        createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity, baseUrl, bundle: 'all' }),
      );
    expect(all('https://pemda.example/js')?.getAttribute('src')).toBe(
      'https://pemda.example/js/ketahanan.js',
    );
    expect(all('/aset/ketahanan')?.getAttribute('src')).toBe('/aset/ketahanan/ketahanan.js');
  });

  it('still refuses a version range and a manifest of another version', () => {
    const baseUrl = '/js/';
    expect(() => createSnippet({ tag: 'kl-faq-accordion', version: '^1', integrity: null, baseUrl })).toThrow(
      /not an exact version/,
    );
    expect(() => createSnippet({ tag: 'kl-faq-accordion', version: '2.0.0', integrity, baseUrl })).toThrow(
      /for version 1\.2\.3/,
    );
  });

  it('refuses a CDN base and a base URL together (one of them would be ignored)', () => {
    expect(() =>
      createSnippet({
        tag: 'kl-faq-accordion',
        version: '1.2.3',
        integrity,
        baseUrl: '/js/',
        cdnBase: 'https://unpkg.com/',
      }),
    ).toThrow(/either a CDN base or a base URL/);
  });

  it.each([
    'javascript:alert(1)//',
    'data:text/javascript,alert(1)//',
    '//evil.example/js/',
    'ftp://pemda.example/js/',
    'https://user:secret@pemda.example/js/',
    'https://pemda.example/js/?v=1',
    'https://pemda.example/js/#top',
    'js/ketahanan/',
    'https://pemda.example/js dir/',
    '/js\\ketahanan/',
    '/js/\u200bketahanan/',
    'https://pemda.example/js\u0000/',
    '\u202e/js/',
    '',
  ])('refuses %j with a message saying what a base URL must be', (baseUrl) => {
    expect(selfHostedBase(baseUrl)).toBeNull();
    expect(() => createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity, baseUrl })).toThrow(
      /cannot be a base URL for script files/,
    );
  });

  it('escapes what it writes into the attribute', () => {
    const html = createSnippet({
      tag: 'kl-faq-accordion',
      version: '1.2.3',
      integrity,
      baseUrl: 'https://pemda.example/js/"onload="x/',
    });
    expect(html).not.toContain('"onload="');
    expect(scriptOf(html)?.getAttributeNames().sort()).toEqual(['crossorigin', 'integrity', 'src', 'type']);
  });
});
