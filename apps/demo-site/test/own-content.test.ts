/** konten-sendiri.html: the FAQ and the partner cards read the site's own /data/sukamaju.json through `src`. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FaqItem, Partner } from '@ketahanan/model';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';

const own = JSON.parse(readFileSync(new URL('../public/data/sukamaju.json', import.meta.url), 'utf8')) as {
  faq: FaqItem[];
  partners: Partner[];
};

let browser: Browser;
let opened: OpenedPage;
beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, '/konten-sendiri.html');
});
afterAll(async () => {
  await opened.close();
  await browser.close();
});

const texts = (selector: string) =>
  opened.page.locator(selector).evaluateAll((all) => all.map((element) => element.textContent.trim()));

it('the FAQ asks the site’s own questions', async () => {
  expect(await texts('kl-faq-accordion [part~="question"]')).toEqual(own.faq.map((item) => item.question));
});

it('the cards show the site’s own partners, not the article’s partnerships', async () => {
  expect(await texts('kl-partner-cards [part~="name"]')).toEqual(own.partners.map((partner) => partner.name));
});

it('a partner with a website gets one link, with its name', async () => {
  const links = opened.page.locator('kl-partner-cards [part~="link"]');
  expect(await links.count()).toBe(own.partners.filter((partner) => partner.url).length);
  expect(await links.first().getAttribute('href')).toBe('https://sukamaju.example/bappeda');
});
