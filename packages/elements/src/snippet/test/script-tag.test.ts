import { describe, expect, it } from 'vitest';
import { createScriptTag, createSnippet, type IntegrityManifest } from '../index.js';
import { parseSnippet } from './parse-snippet.js';

const integrity: IntegrityManifest = {
  version: '1.2.3',
  files: {
    'faq-accordion.js': 'sha384-faq',
    'ketahanan.js': 'sha384-all',
    'ketahanan.classic.js': 'sha384-classic',
  },
};

function script(html: string): HTMLScriptElement {
  const found = parseSnippet(html).querySelector('script');
  if (!found) throw new Error('no script tag in the snippet');
  return found;
}

describe('the script tag of a snippet', () => {
  it('loads the per-element module from jsDelivr, pinned to the exact version', () => {
    const tag = script(createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity }));
    expect(tag.type).toBe('module');
    expect(tag.getAttribute('src')).toBe(
      'https://cdn.jsdelivr.net/npm/@ketahanan/elements@1.2.3/dist/cdn/faq-accordion.js',
    );
  });

  it('carries the SRI hash of the file it loads and asks for CORS so the browser checks it', () => {
    const tag = script(createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity }));
    expect(tag.integrity).toBe('sha384-faq');
    expect(tag.getAttribute('crossorigin')).toBe('anonymous');
  });

  it('loads the all-elements file when asked, for pages with several widgets', () => {
    const tag = script(
      createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity, bundle: 'all' }),
    );
    expect(tag.getAttribute('src')).toMatch(/@1\.2\.3\/dist\/cdn\/ketahanan\.js$/);
    expect(tag.integrity).toBe('sha384-all');
  });

  it('offers a deferred classic script for hosts that strip type="module"', () => {
    const tag = script(
      createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity, script: 'classic' }),
    );
    expect(tag.hasAttribute('type')).toBe(false);
    expect(tag.defer).toBe(true);
    expect(tag.getAttribute('src')).toMatch(/\/dist\/cdn\/ketahanan\.classic\.js$/);
    expect(tag.integrity).toBe('sha384-classic');
  });

  it('can be made alone, once per page, for a page that places several widgets', () => {
    const tag = script(createScriptTag({ version: '1.2.3', integrity }));
    expect(tag.getAttribute('src')).toMatch(/@1\.2\.3\/dist\/cdn\/ketahanan\.js$/);
    expect(tag.integrity).toBe('sha384-all');
  });

  it('uses another CDN base when given one (unpkg serves the same paths)', () => {
    const tag = script(
      createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity, cdnBase: 'https://unpkg.com' }),
    );
    expect(tag.getAttribute('src')).toBe(
      'https://unpkg.com/@ketahanan/elements@1.2.3/dist/cdn/faq-accordion.js',
    );
  });

  it('leaves integrity out only when the caller has no manifest', () => {
    const tag = script(createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity: null }));
    expect(tag.hasAttribute('integrity')).toBe(false);
  });

  describe('when the input cannot give a trustworthy tag', () => {
    it('refuses a version range or a dist-tag', () => {
      for (const version of ['^1.2.3', 'latest', '1.2', '1.2.3"><script>']) {
        expect(() => createSnippet({ tag: 'kl-faq-accordion', version, integrity: null })).toThrow(
          /not an exact version/,
        );
      }
    });

    it('refuses a manifest of another version', () => {
      expect(() => createSnippet({ tag: 'kl-faq-accordion', version: '2.0.0', integrity })).toThrow(
        /integrity manifest is for version 1\.2\.3, not 2\.0\.0/,
      );
    });

    it('refuses a manifest without the file it would load', () => {
      expect(() => createSnippet({ tag: 'kl-partner-cards', version: '1.2.3', integrity })).toThrow(
        /no entry for partner-cards\.js/,
      );
    });

    it('refuses a tag it does not know', () => {
      expect(() =>
        createSnippet({ tag: 'kl-nope' as 'kl-faq-accordion', version: '1.2.3', integrity: null }),
      ).toThrow(/Unknown tag <kl-nope>/);
    });
  });
});
