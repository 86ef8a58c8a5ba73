/**
 * Screenshots of the main page for people to look at (kept as test artifacts in test-results/, never
 * committed): Bahasa Indonesia, English, and dark mode.
 */
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.js';

const outDir = fileURLToPath(new URL('../test-results/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

it.each([
  ['main-id', '/', 'light'],
  ['main-en', '/en/', 'light'],
  ['main-id-dark', '/', 'dark'],
] as const)('saves test-results/%s.png', async (name, path, colorScheme) => {
  const { page, report, close } = await openPage(browser, path, { colorScheme });
  // One viewport as tall as the page, so content that renders only on screen (content-visibility) is drawn.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  const file = `${outDir}${name}.png`;
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  expect(statSync(file).size).toBeGreaterThan(50_000);
  expect(report.uncaught).toEqual([]);
  await close();
});
