/**
 * The files a site loads by script tag (@ketahanan/elements dist/cdn/, as published): self-contained,
 * pinned by SRI, each element's file carrying only the content it shows; and the split layout (split/),
 * whose files import only the siblings integrity.json lists for them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultContent } from '@ketahanan/model';
import { launchBrowser, openPage } from './support/browser.js';

const require = createRequire(import.meta.url);
const integrityFile = require.resolve('@ketahanan/elements/cdn/integrity.json');
const cdnDir = dirname(integrityFile);
const manifest = JSON.parse(readFileSync(integrityFile, 'utf8')) as {
  version: string;
  files: Record<string, string>;
  imports: Record<string, string[]>;
};
const packageJson = JSON.parse(readFileSync(require.resolve('@ketahanan/elements/package.json'), 'utf8')) as {
  version: string;
  jsdelivr: string;
  unpkg: string;
};
const read = (file: string) => readFileSync(join(cdnDir, file), 'utf8');
const allJsFiles = readdirSync(cdnDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.js'));
const jsFiles = allJsFiles.filter((file) => !file.startsWith('split/'));
const splitFiles = allJsFiles.filter((file) => file.startsWith('split/'));

describe('the script-tag files', () => {
  it('are the ones promised: everything, each element alone, and a classic build', () => {
    expect(jsFiles).toEqual(
      expect.arrayContaining([
        'ketahanan.js',
        'ketahanan.classic.js',
        'faq-accordion.js',
        'principle-checklist.js',
        'challenge-explorer.js',
        'partner-cards.js',
      ]),
    );
  });

  it('are listed in integrity.json with the sha384 of their bytes, for this version', () => {
    expect(manifest.version).toBe(packageJson.version);
    expect(Object.keys(manifest.files).sort()).toEqual([...allJsFiles].sort());
    for (const file of allJsFiles) {
      const digest = createHash('sha384')
        .update(readFileSync(join(cdnDir, file)))
        .digest('base64');
      expect(manifest.files[file], file).toBe(`sha384-${digest}`);
    }
  });

  it('are what the package’s jsdelivr and unpkg fields point at', () => {
    expect(packageJson.jsdelivr).toBe('dist/cdn/ketahanan.js');
    expect(packageJson.unpkg).toBe('dist/cdn/ketahanan.js');
  });

  it.each(jsFiles)(
    '%s imports nothing (Lit and the content are inside) and names no missing source map',
    (file) => {
      const source = read(file);
      expect(source).not.toMatch(/\bimport\s*[{*"'`]|\bfrom\s*["'`]/);
      expect(source).not.toMatch(/sourceMappingURL/);
      // Not even later: site-content.js, for a site's own content, comes by a script tag with its hash, which an
      // ES file adds for the copy beside it (the classic file carries it inside, partner-card.js needs none).
      expect(source).not.toMatch(/\bimport\s*\(/);
      const addresses = [...source.matchAll(/new URL\(["`]([^"`]*site-content\.js)["`]/g)].map((m) => m[1]);
      expect(addresses).toEqual(
        file === 'ketahanan.js' ? ['./site-content.js'] : addresses.map(() => './site-content.js'),
      );
    },
  );

  it.each(splitFiles)(
    '%s imports nothing, and waits only for the files of the split layout that integrity.json lists',
    (file) => {
      const source = read(file);
      // No import a page could not pin: each file is loaded and checked by a script tag of its own.
      expect(source).not.toMatch(/\bimport\s*[{*"'`]|\bfrom\s*["'`]|\bexport\s*\{/);
      expect(source).not.toMatch(/sourceMappingURL/);
      // Not even later: only the core loads site-content.js, one folder up, for a site's own content, by a
      // script tag with its hash.
      expect(source).not.toMatch(/\bimport\s*\(/);
      expect(/new URL\(["`]\.\.\/site-content\.js["`]/.test(source), file).toBe(file === 'split/core.js');
      // What it queues for (split-registry.mjs writes the list as the file's first array), as the manifest says.
      const needs = /\.push\(\[\[([^\]]*)\]/.exec(source)?.[1];
      if (file === 'split/core.js') {
        expect(needs).toBeUndefined();
        return;
      }
      const listed = [...(needs ?? '').matchAll(/[`"']([\w.-]+)[`"']/g)].map(
        (match) => `split/${match[1] ?? ''}`,
      );
      expect(listed.length, file).toBeGreaterThan(0);
      for (const name of listed) expect(manifest.files[name], `${file} needs ${name}`).toBeDefined();
      if (manifest.imports[file]) expect(listed).toEqual(manifest.imports[file]);
    },
  );

  it('the split layout has one file per element, each needing the shared core', () => {
    for (const file of [
      'faq-accordion.js',
      'challenge-explorer.js',
      'principle-checklist.js',
      'partner-cards.js',
    ]) {
      expect(manifest.imports[`split/${file}`], file).toContain('split/core.js');
    }
  });

  it('ketahanan.classic.js is a classic script (no import/export), valid as such', () => {
    const source = read('ketahanan.classic.js');
    expect(() => new Script(source, { filename: 'ketahanan.classic.js' })).not.toThrow();
    expect(source).not.toMatch(/\bexport\s*\{/);
  });
});

describe('each element’s own file carries only the content it shows, in both languages', () => {
  const id = defaultContent.id;
  const en = defaultContent.en;
  const samples = {
    faq: [id.faq[0]?.question, en.faq[0]?.question],
    principles: [id.principles[1]?.description, en.principles[1]?.description],
    challenges: [id.challenges[2]?.solution, en.challenges[2]?.solution],
    partnerships: [id.partnerships[0]?.summary, en.partnerships[0]?.summary],
    benefits: [id.benefits[0]?.description, en.benefits[0]?.description],
  };
  const has = (file: string, section: keyof typeof samples) => {
    const source = read(file);
    return samples[section].every((text) => text !== undefined && source.includes(text));
  };
  const hasNone = (file: string, section: keyof typeof samples) =>
    samples[section].every((text) => text !== undefined && !read(file).includes(text));

  it.each([
    ['faq-accordion.js', ['faq'], ['principles', 'challenges', 'partnerships', 'benefits']],
    ['challenge-explorer.js', ['challenges', 'principles'], ['faq', 'partnerships', 'benefits']],
    ['principle-checklist.js', ['principles', 'challenges'], ['faq', 'partnerships', 'benefits']],
    ['partner-cards.js', ['partnerships'], ['faq', 'principles', 'challenges', 'benefits']],
  ] as const)('%s: has %j, lacks %j', (file, present, absent) => {
    for (const section of present) expect(has(file, section), section).toBe(true);
    for (const section of absent) expect(hasNone(file, section), section).toBe(true);
  });

  it('so each is smaller than the file with every element', () => {
    const gzipped = (file: string) => gzipSync(readFileSync(join(cdnDir, file))).length;
    for (const file of [
      'faq-accordion.js',
      'challenge-explorer.js',
      'principle-checklist.js',
      'partner-cards.js',
    ]) {
      expect(gzipped(file), file).toBeLessThan(gzipped('ketahanan.js'));
    }
  });
});

describe('Subresource Integrity in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a tampered file is refused: the widget stays its readable fallback, nothing runs', async () => {
    const { page, report, close } = await openPage(browser, '/widget/faq-accordion.html', {
      waitForWidgets: false,
      before: (page) =>
        page.route('**/dist/cdn/faq-accordion.js', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: `${await response.text()}\nconsole.log("tampered");` });
        }),
    });
    await expect.poll(() => report.errors.join('\n')).toMatch(/integrity/i);
    expect(await page.evaluate(() => customElements.get('kl-faq-accordion'))).toBeUndefined();
    expect(await page.locator('kl-faq-accordion > details').count()).toBe(defaultContent.id.faq.length);
    await close();
  });
});
