import { describe, expect, it } from 'vitest';
import { createScriptTag, createSnippet, type IntegrityManifest, type SnippetTag } from '../index.js';
import { defaultFallbackContent } from '../element-markup.js';
import { parseSnippet } from './parse-snippet.js';

const integrity: IntegrityManifest = {
  version: '1.2.3',
  files: {
    'faq-accordion.js': 'sha384-faq',
    'ketahanan.js': 'sha384-all',
    'ketahanan.classic.js': 'sha384-classic',
    'split/faq-accordion.js': 'sha384-split-faq',
    'split/core.js': 'sha384-core',
    'site-content.js': 'sha384-checker',
  },
  imports: { 'split/faq-accordion.js': ['split/core.js'] },
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

  describe('in the split layout, for pages with several widgets', () => {
    const split = (options: { integrity?: IntegrityManifest | null; baseUrl?: string } = {}) =>
      parseSnippet(
        createSnippet({ tag: 'kl-faq-accordion', version: '1.2.3', integrity, bundle: 'split', ...options }),
      );

    it('loads the core and then the tag’s split file, each by its own module script pinned by SRI', () => {
      const snippet = split();
      expect(snippet.querySelector('link')).toBeNull();
      const [core, tag, ...more] = snippet.querySelectorAll('script');
      expect(more).toHaveLength(0);
      expect(core?.type).toBe('module');
      expect(core?.getAttribute('src')).toBe(
        'https://cdn.jsdelivr.net/npm/@ketahanan/elements@1.2.3/dist/cdn/split/core.js',
      );
      expect(core?.integrity).toBe('sha384-core');
      expect(core?.getAttribute('crossorigin')).toBe('anonymous');
      expect(tag?.type).toBe('module');
      expect(tag?.getAttribute('src')).toMatch(/@1\.2\.3\/dist\/cdn\/split\/faq-accordion\.js$/);
      expect(tag?.integrity).toBe('sha384-split-faq');
      expect(tag?.getAttribute('crossorigin')).toBe('anonymous');
    });

    it('names the self-hosted copy of the core too', () => {
      const core = split({ baseUrl: '/js/ketahanan/' }).querySelector('script');
      expect(core?.getAttribute('src')).toBe('/js/ketahanan/split/core.js');
      expect(core?.integrity).toBe('sha384-core');
    });

    it('without a manifest (another version), still writes every file the tag needs, unpinned', () => {
      const files = (tag: SnippetTag) =>
        [
          ...parseSnippet(
            createSnippet({ tag, version: '1.2.3', integrity: null, bundle: 'split' }),
          ).querySelectorAll('script'),
        ].map((script) => [
          script.getAttribute('src')?.split('/dist/cdn/')[1],
          script.hasAttribute('integrity'),
        ]);
      expect(files('kl-faq-accordion')).toEqual([
        ['split/core.js', false],
        ['split/faq-accordion.js', false],
      ]);
      expect(files('kl-partner-cards')).toEqual([
        ['split/core.js', false],
        ['split/partner-card-chunk.js', false],
        ['split/partner-cards.js', false],
      ]);
    });

    it('refuses a manifest that does not say what the file imports', () => {
      expect(() => split({ integrity: { ...integrity, imports: {} } })).toThrow(
        /no entry for split\/faq-accordion\.js's imports/,
      );
    });

    it('exists for one tag’s module file only', () => {
      expect(() => createScriptTag({ version: '1.2.3', integrity, layout: 'split', bundle: 'all' })).toThrow(
        /split layout exists for one tag’s own module file only/,
      );
      expect(() =>
        createScriptTag({
          version: '1.2.3',
          integrity,
          layout: 'split',
          bundle: 'kl-faq-accordion',
          script: 'classic',
        }),
      ).toThrow(/split layout/);
    });
  });

  describe('for a widget with content of the site’s own', () => {
    /** Each script's file (after `dist/cdn/`) and hash, in order. */
    const files = (html: string) =>
      [...parseSnippet(html).querySelectorAll('script')].map((each) => [
        each.getAttribute('src')?.split('/dist/cdn/')[1],
        each.integrity,
        each.type,
      ]);
    const own = { tag: 'kl-faq-accordion', version: '1.2.3', integrity } as const;
    const content = {
      ...defaultFallbackContent('id'),
      faq: [{ id: 'jam-buka', question: 'Kapan buka?', answer: 'Pukul 08.00.' }],
    };

    it('loads its checker, site-content.js, first, pinned by SRI, for a src or content of its own', () => {
      const expected = [
        ['site-content.js', 'sha384-checker', 'module'],
        ['faq-accordion.js', 'sha384-faq', 'module'],
      ];
      expect(files(createSnippet({ ...own, src: '/data/konten.json' }))).toEqual(expected);
      expect(files(createSnippet({ ...own, content }))).toEqual(expected);
    });

    it('before the split layout’s files and the all-elements file too', () => {
      expect(files(createSnippet({ ...own, content, bundle: 'split' })).map(([file]) => file)).toEqual([
        'site-content.js',
        'split/core.js',
        'split/faq-accordion.js',
      ]);
      expect(files(createSnippet({ ...own, content, bundle: 'all' })).map(([file]) => file)).toEqual([
        'site-content.js',
        'ketahanan.js',
      ]);
    });

    it('not for the built-in article, nor with the classic file, which carries the checker', () => {
      expect(files(createSnippet(own)).map(([file]) => file)).toEqual(['faq-accordion.js']);
      // The article's own content given as content (an unchanged draft): the widget recognises it.
      for (const locale of ['id', 'en'] as const) {
        const article = { ...own, locale, content: defaultFallbackContent(locale), sectionHeader: true };
        expect(files(createSnippet(article)).map(([file]) => file)).toEqual(['faq-accordion.js']);
      }
      expect(files(createSnippet({ ...own, content, script: 'classic' })).map(([file]) => file)).toEqual([
        'ketahanan.classic.js',
      ]);
    });

    it('refuses a manifest without the checker’s hash rather than load it unpinned', () => {
      const others = Object.fromEntries(
        Object.entries(integrity.files).filter(([file]) => file !== 'site-content.js'),
      );
      expect(() => createSnippet({ ...own, content, integrity: { ...integrity, files: others } })).toThrow(
        /no entry for site-content\.js/,
      );
    });
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
