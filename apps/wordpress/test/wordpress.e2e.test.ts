/**
 * The plugin in a real WordPress 6.1 (Debian's package): MariaDB and `php -S` started here, WordPress installed
 * through its own form, the plugin zip uploaded through Plugins → Add New → Upload Plugin and activated. Then an
 * Editor and an Author (on a site where nobody has `unfiltered_html`) write with every block and every
 * shortcode, the Author's post submitted for review and published by the Editor, and Chromium checks what a
 * visitor gets: the fallback in the served HTML, the widgets upgraded with the site's content in their first
 * render, the page's scripts each with a matching SRI hash, nothing on a page without widgets, no console error. The settings page refuses invalid content
 * with its paths shown. Everything started is stopped by its process id, also when a step fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContent } from '@ketahanan/model';
import { createElementMarkup, type SnippetTag } from '@ketahanan/elements/snippet';
import { chromiumLaunchOptions } from '../../../tools/browser/chromium.mjs';
import { startMariaDb, type Database } from './support/mariadb.ts';
import { logTail } from './support/services.ts';
import { startWordPress, type WordPressSite } from './support/wordpress-site.ts';
import { sha384, signIn, submitSettings, type WpUser } from './support/wp-browser.ts';

interface FirstRenders {
  klFirstRenders: { tag: string; loading: boolean }[];
}

/**
 * Runs in the page before its scripts: records, for each widget, whether its first render showed the
 * loading line (it does while site-content.js loads after the element file).
 */
function recordFirstRenders(): void {
  const renders: FirstRenders['klFirstRenders'] = [];
  (window as unknown as FirstRenders).klFirstRenders = renders;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    const prototype = constructor.prototype as { updated?: (changed: unknown) => void };
    const updated = prototype.updated;
    const seen = new WeakSet<object>();
    prototype.updated = function (this: HTMLElement, changed: unknown) {
      updated?.call(this, changed);
      if (seen.has(this) || !name.startsWith('kl-')) return;
      seen.add(this);
      renders.push({ tag: name, loading: Boolean(this.shadowRoot?.querySelector('[part~="loading"]')) });
    };
    define(name, constructor, options);
  };
}

const ZIP = fileURLToPath(new URL('../dist/ketahanan-lokal.zip', import.meta.url));

/** The site owner's content: their own FAQ and partners; text that texturize and shortcodes would change. */
const SITE_CONTENT = {
  faq: [
    {
      id: 'jam-layanan',
      question: 'Kapan kantor "desa" buka?',
      answer: 'Senin -- Jumat, 08.00–15.00 [gallery].',
    },
    { id: 'biaya', question: 'Apakah layanan berbayar?', answer: 'Tidak, semua gratis.' },
  ],
  partners: [
    {
      id: 'bumdes-maju',
      name: 'BUMDes Maju',
      sector: 'swasta',
      area: 'Desa Mekar',
      url: 'https://bumdes.example/',
    },
    { id: 'pkk-mekar', name: 'PKK Desa Mekar', sector: 'komunitas-lokal', area: 'Desa Mekar' },
  ],
};
const INVALID_CONTENT = {
  fqa: [],
  faq: [{ id: 'jam-layanan', question: 'Kapan?' }],
  partners: [{ id: 'x', name: 'X', sector: 'akademisi' }],
};

const block = (slug: string, attributes: Record<string, unknown> = {}): string =>
  `<!-- wp:ketahanan-lokal/${slug} ${JSON.stringify(attributes)} /-->`;

let root: string;
let database: Database | undefined;
let site: WordPressSite | undefined;
let browser: Browser | undefined;
let admin: WpUser;
let editor: WpUser;
let author: WpUser;
const pages: Record<'blocks' | 'shortcodes' | 'faqOnly' | 'twoKinds' | 'lateWidget' | 'plain', string> = {
  blocks: '',
  shortcodes: '',
  faqOnly: '',
  twoKinds: '',
  lateWidget: '',
  plain: '',
};

/**
 * A must-use plugin of the test: on a page asked for with `?kl_late_widget`, a footer widget area renders the
 * challenge explorer after the plugin chose the page's scripts (`wp_footer`, priority 1) and before WordPress
 * prints them (priority 20), as a theme's footer widgets do.
 */
const LATE_WIDGET_PLUGIN = `<?php
add_action(
	'wp_footer',
	static function (): void {
		if ( isset( $_GET['kl_late_widget'] ) ) {
			echo do_shortcode( '[kl_challenge_explorer]' );
		}
	},
	5
);
`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kl-wp-'));
  try {
    database = await startMariaDb(root);
    site = await startWordPress(root, database);
    browser = await chromium.launch(chromiumLaunchOptions());
    admin = await signIn(browser, site.url, site.admin.user, site.admin.password);
  } catch (error) {
    const logs = [database?.service, site?.service].flatMap((service) =>
      service ? [`${service.name}:\n${logTail(service)}`] : [],
    );
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs.join('\n')}`, {
      cause: error,
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await site?.service.stop();
  site?.remove();
  await database?.service.stop();
  rmSync(root, { recursive: true, force: true });
});

const wp = (): WordPressSite => {
  if (!site) throw new Error('WordPress is not running');
  return site;
};

describe('Ketahanan Lokal in WordPress 6.1', { concurrent: false }, () => {
  it('installs from its zip through Plugins → Add New → Upload Plugin, and activates', async () => {
    const { page } = admin;
    await page.goto(`${wp().url}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', ZIP);
    await Promise.all([page.waitForLoadState('load'), page.click('#install-plugin-submit')]);
    await expect.poll(() => page.textContent('body')).toContain('Plugin installed successfully');
    await Promise.all([page.waitForURL(/plugins\.php/), page.click('a:has-text("Activate Plugin")')]);
    expect(await page.locator('tr[data-slug="ketahanan-lokal"].active').count()).toBe(1);
  });

  it('creates an Editor and an Author', async () => {
    const password = 'e2e-Passw0rd!';
    for (const role of ['editor', 'author']) {
      await admin.rest('POST', '/wp/v2/users', {
        username: role,
        email: `${role}@sukamaju.example`,
        password,
        roles: [role],
      });
    }
    editor = await signIn(browser as Browser, wp().url, 'editor', password);
    author = await signIn(browser as Browser, wp().url, 'author', password);
  });

  it('refuses invalid content in the settings page, each problem beside its path, and saves nothing', async () => {
    const { page } = admin;
    await page.goto(`${wp().url}/wp-admin/options-general.php?page=ketahanan-lokal`);
    await page.fill('#ketahanan-lokal-json', JSON.stringify(INVALID_CONTENT, null, 2));
    await submitSettings(page, 'rejected');
    const rows = await page
      .locator('#ketahanan-lokal-problems tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
      );
    const expected = parseContent(INVALID_CONTENT, { locale: 'en' });
    expect(expected.ok).toBe(false);
    expect(rows).toEqual(
      expected.ok ? [] : expected.problems.map((problem) => [problem.path, problem.message]),
    );
    expect(rows.map(([path]) => path)).toEqual(['fqa', 'partners[0].sector', 'faq[0].answer']);
    expect(await page.inputValue('#ketahanan-lokal-json')).toContain('"fqa"');
    expect(await page.textContent('.wrap')).toContain('No content of your own is saved');

    const broken = join(root, 'rusak.json');
    writeFileSync(broken, '{ "faq": [ }');
    await page.setInputFiles('#ketahanan-lokal-file', broken);
    await submitSettings(page, 'rejected');
    expect(await page.locator('#ketahanan-lokal-problems td').allTextContents()).toEqual([
      '(the whole document)',
      "Broken JSON at line 1, column 12: unexpected '}'.",
    ]);
  });

  it('saves valid content uploaded as a file', async () => {
    const { page } = admin;
    const file = join(root, 'konten.json');
    writeFileSync(file, JSON.stringify(SITE_CONTENT));
    await page.goto(`${wp().url}/wp-admin/options-general.php?page=ketahanan-lokal`);
    await page.setInputFiles('#ketahanan-lokal-file', file);
    await submitSettings(page, 'saved');
    expect(await page.textContent('.wrap')).toContain('Your content replaces these sections: partners, faq.');
  });

  it('an Editor publishes a post with every block; one with only FAQs; one with an FAQ and the challenges; a page without widgets; a footer widget area that renders one late', async () => {
    const post = async (title: string, content: string) =>
      (await editor.rest<{ link: string }>('POST', '/wp/v2/posts', { title, content, status: 'publish' }))
        .link;
    pages.blocks = await post(
      'Semua blok',
      [
        block('faq-accordion', { headingLevel: 2, single: true }),
        block('principle-checklist', { persist: 'none' }),
        block('challenge-explorer', { lang: 'id', activation: 'manual' }),
        block('partner-cards', { layout: 'list' }),
      ].join('\n\n'),
    );
    pages.faqOnly = await post(
      'Dua FAQ',
      `${block('faq-accordion')}\n\n${block('faq-accordion', { lang: 'id' })}`,
    );
    pages.twoKinds = await post(
      'FAQ dan tantangan',
      `${block('faq-accordion')}\n\n${block('challenge-explorer')}`,
    );
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(root, 'wp-content/mu-plugins/kl-late-widget.php'), LATE_WIDGET_PLUGIN);
    const late = new URL(pages.faqOnly);
    late.searchParams.set('kl_late_widget', '1');
    pages.lateWidget = late.href;
    pages.plain = (
      await editor.rest<{ link: string }>('POST', '/wp/v2/pages', {
        title: 'Kontak',
        content: '<!-- wp:paragraph --><p>Hubungi kami.</p><!-- /wp:paragraph -->',
        status: 'publish',
      })
    ).link;
  });

  it('an Author submits a post with every shortcode for review, and the Editor publishes it', async () => {
    const content = [
      'Pembuka halaman.',
      '[kl_faq_accordion heading-level="4" single]',
      'Di tengah "kutipan" -- teks.',
      '[kl_principle_checklist lang="id"]',
      '[kl_challenge_explorer sync-hash]',
      '[kl_partner_cards layout="list" sector="swasta"]',
      'Penutup.',
    ].join('\n\n');
    const draft = await author.rest<{ id: number; status: string }>('POST', '/wp/v2/posts', {
      title: 'Kode pendek',
      content,
      status: 'pending',
    });
    expect(draft.status).toBe('pending');
    const published = await editor.rest<{ status: string; link: string; content: { raw: string } }>(
      'POST',
      `/wp/v2/posts/${String(draft.id)}?context=edit`,
      { status: 'publish' },
    );
    expect(published.status).toBe('publish');
    // Saved as written by a user without unfiltered_html: nothing stripped.
    expect(published.content.raw).toBe(content);
    pages.shortcodes = published.link;
  });

  it.each(['blocks', 'shortcodes'] as const)(
    'the %s page serves every fallback, as the elements read it',
    async (name) => {
      const served = await (await fetch(pages[name])).text();
      // The plugin writes [ and ] as &#91; &#93;; WordPress's shortcode pass may turn them back once it has run.
      const html = served.replaceAll('&#91;', '[').replaceAll('&#93;', ']');
      expect(html).toContain('08.00–15.00 [gallery].');
      expect(html).not.toMatch(/class=['"][^'"]*gallery/);
      const tags: SnippetTag[] = [
        'kl-faq-accordion',
        'kl-principle-checklist',
        'kl-challenge-explorer',
        'kl-partner-cards',
      ];
      for (const tag of tags) {
        const locale = /<kl-[a-z-]+ lang="(id|en)"/.exec(html.slice(html.indexOf(`<${tag} `)))?.[1] as
          'id' | 'en';
        const parsed = parseContent(SITE_CONTENT, { locale });
        if (!parsed.ok) throw new Error('site content invalid');
        const expected = createElementMarkup({
          tag,
          locale,
          content: parsed.content,
          provided: parsed.provided,
        });
        for (const line of expected.split('\n').slice(1)) {
          expect(html, `${tag}: ${line}`).toContain(line.trim());
        }
        // In a block of its own, as a pasted snippet is (createSnippet's <div class="kl-embed">).
        expect(html, tag).toMatch(new RegExp(`<div [^>]*class="[^"]*\\bkl-embed\\b[^"]*"[^>]*>\\s*<${tag} `));
      }
      // Not torn apart by wpautop, no <p> around the widget, inline JSON for the site's own sections.
      expect(html).not.toMatch(/<p>\s*<(div class="[^"]*ketahanan-lokal|kl-)/);
      expect(html).toContain('<script type="application/json">{"faq":');
    },
  );

  // Which files: the fewest bytes that define each element once with one copy of Lit (script-plan.test.ts).
  it.each([
    ['blocks', ['ketahanan.js']],
    ['shortcodes', ['ketahanan.js']],
    ['faqOnly', ['faq-accordion.js']],
    ['twoKinds', ['split/core.js', 'split/challenge-explorer.js', 'split/faq-accordion.js']],
    // The FAQs' own file was chosen first; the footer's late explorer changed the mix before it was printed.
    ['lateWidget', ['split/core.js', 'split/challenge-explorer.js', 'split/faq-accordion.js']],
  ] as const)(
    'on the %s page: widgets upgrade, its scripts %j in order, each with a matching SRI hash, no console error',
    async (name, files) => {
      const visitor = await (browser as Browser).newContext();
      await visitor.addInitScript(recordFirstRenders);
      const page = await visitor.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        // Warnings too: an element defined by two files warns that the second copy is not used.
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(pages[name]);
      await page.waitForFunction(() =>
        [
          ...document.querySelectorAll(
            'kl-faq-accordion, kl-principle-checklist, kl-challenge-explorer, kl-partner-cards',
          ),
        ].every(
          (element) =>
            element.shadowRoot &&
            element.shadowRoot.childElementCount > 0 &&
            !element.shadowRoot.querySelector('[part~="loading"]'),
        ),
      );
      const scripts = await page.locator('script[src*="/plugins/ketahanan-lokal/"]').evaluateAll((elements) =>
        elements.map((script) => ({
          src: (script as HTMLScriptElement).src,
          integrity: script.getAttribute('integrity'),
          crossorigin: script.getAttribute('crossorigin'),
          type: script.getAttribute('type'),
        })),
      );
      // The plugin's scripts: first the checker of the site's own content (inline JSON), which the element
      // files then find on the page and add no script for, then the element files.
      const elements = '/wp-content/plugins/ketahanan-lokal/assets/elements/';
      const expected = ['site-content.js', ...files].map((file) => elements + file);
      expect(scripts.map((tag) => new URL(tag.src).pathname)).toEqual(expected);
      for (const script of scripts) {
        // CORS mode makes the browser check the hash.
        expect(script.crossorigin, script.src).toBe('anonymous');
        expect(script.type, script.src).toBe('module');
        const bytes = Buffer.from(await (await fetch(script.src)).arrayBuffer());
        expect(script.integrity, script.src).toBe(sha384(bytes));
      }
      // Each file fetched once (a split file's import of core.js is the module its own tag loaded).
      const loaded = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.includes('/plugins/ketahanan-lokal/')),
      );
      expect(loaded.sort()).toEqual([...expected].sort());
      // With the checker on the page before them, every widget showed the site's content in its first render.
      const firstRenders = await page.evaluate(() => (window as unknown as FirstRenders).klFirstRenders);
      expect(firstRenders.length).toBeGreaterThan(0);
      expect(firstRenders.filter((render) => render.loading)).toEqual([]);
      // The site's own FAQ, read from the inline JSON, with no widget in its error state.
      const faqText = await page
        .locator('kl-faq-accordion')
        .first()
        .evaluate((element) => element.shadowRoot?.textContent ?? '');
      expect(faqText).toContain('Kapan kantor "desa" buka?');
      expect(await page.locator('[part~="error"]').count()).toBe(0);
      expect(problems).toEqual([]);
      await visitor.close();
    },
  );

  it('a page without widgets loads nothing of the plugin', async () => {
    const html = await (await fetch(pages.plain)).text();
    expect(html).toContain('Hubungi kami.');
    expect(html).not.toContain('ketahanan-lokal');
  });

  it('the block editor shows a live preview an Author can use: the server’s fallback, upgraded', async () => {
    const { page } = author;
    const me = await author.rest<{ id: number }>('GET', '/wp/v2/users/me');
    const [own] = await author.rest<{ id: number }[]>(
      'GET',
      `/wp/v2/posts?author=${String(me.id)}&status=publish`,
    );
    await page.goto(`${wp().url}/wp-admin/post.php?post=${String(own?.id ?? 0)}&action=edit`);
    const types = await page.waitForFunction(() => {
      const blocks = (window as unknown as { wp?: { blocks?: { getBlockTypes(): { name: string }[] } } }).wp
        ?.blocks;
      const names =
        blocks
          ?.getBlockTypes()
          .map((type) => type.name)
          .filter((name) => name.startsWith('ketahanan-lokal/')) ?? [];
      return names.length === 4 ? names.sort() : false;
    });
    expect(await types.jsonValue()).toEqual([
      'ketahanan-lokal/challenge-explorer',
      'ketahanan-lokal/faq-accordion',
      'ketahanan-lokal/partner-cards',
      'ketahanan-lokal/principle-checklist',
    ]);
    await page.evaluate(() => {
      const { blocks, data } = (
        window as unknown as {
          wp: {
            blocks: { createBlock(name: string, attributes: object): unknown };
            data: { dispatch(store: string): { insertBlocks(blocks: unknown): void } };
          };
        }
      ).wp;
      data
        .dispatch('core/block-editor')
        .insertBlocks(blocks.createBlock('ketahanan-lokal/faq-accordion', { headingLevel: 2 }));
    });
    await page.waitForFunction(() => {
      const element = document.querySelector('.wp-block-ketahanan-lokal-faq-accordion kl-faq-accordion');
      return (
        element?.shadowRoot?.querySelector('button[aria-expanded]') !== null &&
        element?.shadowRoot !== undefined
      );
    });
  });
});
