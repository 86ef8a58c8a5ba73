/** bahasa-jawa.html: a page-registered example pack on `<html lang="jv">`, and two strings one element overrides. */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { axeViolations } from './support/axe.js';

let browser: Browser;
let opened: OpenedPage;
beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, '/bahasa-jawa.html');
});
afterAll(async () => {
  await opened.close();
  await browser.close();
});

const text = (selector: string) => opened.page.locator(selector).first().textContent();

it('shows the pack’s strings, and Indonesian where the pack has none', async () => {
  expect((await text('kl-faq-accordion [part~="toggle-all"]'))?.trim()).toBe('Bukak kabèh');
  expect(await text('kl-principle-checklist [part~="progress"]')).toContain('0 saka 4 prinsip wis ana');
  expect((await text('kl-principle-checklist [part~="reset"]'))?.trim()).toBe('Baleni');
});

it('shows the two strings the checklist overrides itself', async () => {
  expect(await text('kl-principle-checklist legend')).toContain('Prinsip dhasar kemitraan');
});

it('prints no warning and no error, and stays accessible', async () => {
  expect(opened.report.warnings).toEqual([]);
  expect(opened.report.errors).toEqual([]);
  expect(await axeViolations(opened.page)).toEqual([]);
});
