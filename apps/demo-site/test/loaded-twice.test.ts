/**
 * ganda.html: the ES module pasted twice, the classic build beside it, and another version's copy after
 * them, as happens when two CMS plugins each ship the widgets. Nothing may throw; the first copy wins; the
 * other version says so once per tag, naming both versions.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OTHER_VERSION } from '../src/other-version.mjs';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';

const TAGS = [
  'kl-faq-accordion',
  'kl-challenge-explorer',
  'kl-principle-checklist',
  'kl-partner-cards',
  'kl-partner-card',
];

let browser: Browser;
let opened: OpenedPage;
let version: string;
beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, '/ganda.html');
  version = await opened.page.evaluate(
    () => (customElements.get('kl-faq-accordion') as unknown as { version: string }).version,
  );
});
afterAll(async () => {
  await opened.close();
  await browser.close();
});

it('loads without an uncaught error or a console error', () => {
  expect(opened.report.uncaught).toEqual([]);
  expect(opened.report.errors).toEqual([]);
});

it('keeps the first copy’s definitions', () => {
  expect(version).not.toBe(OTHER_VERSION);
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
});

it('ran the classic copy too, which stood aside without a word (same version)', async () => {
  const classic = await opened.page.evaluate(() => {
    const global = (window as unknown as { Ketahanan?: Record<string, unknown> }).Ketahanan;
    return {
      loaded: typeof global?.KlFaqAccordion === 'function',
      defines: global?.KlFaqAccordion === customElements.get('kl-faq-accordion'),
    };
  });
  expect(classic).toEqual({ loaded: true, defines: false });
});

it('warns once per tag about the other version, naming both versions', async () => {
  await expect.poll(() => opened.report.warnings.length).toBe(TAGS.length);
  for (const tag of TAGS) {
    const about = opened.report.warnings.filter((warning) => warning.includes(`<${tag}>`));
    expect(about).toHaveLength(1);
    expect(about[0]).toContain('[ketahanan KL101]');
    expect(about[0]).toContain(version);
    expect(about[0]).toContain(OTHER_VERSION);
  }
});
