/**
 * csp.html is served with `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'`:
 * no inline script or style, no eval. The widgets (Lit's adopted stylesheets, no style attributes) must
 * render and work with zero violation reports.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STRICT_CSP } from '../scripts/server.mjs';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { demoPage } from './support/pages.js';
import { EXERCISES } from './support/widgets.js';

let browser: Browser;
let opened: OpenedPage;
beforeAll(async () => {
  browser = await launchBrowser();
  opened = await openPage(browser, '/csp.html');
});
afterAll(async () => {
  await opened.close();
  await browser.close();
});

const refusals = () =>
  opened.report.errors.filter((line) => /Content Security Policy|Refused to/i.test(line));

it('the page really is served with the strict policy', async () => {
  const response = await fetch(new URL('/csp.html', inject('baseUrl')));
  expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
});

describe('under the strict CSP', () => {
  it.each(demoPage('/csp.html').widgets)('<%s> renders and works by mouse and keyboard', async (tag) => {
    const widget = opened.page.locator(tag).first();
    expect(await widget.locator('[part~="error"]').count()).toBe(0);
    await EXERCISES[tag](opened.page, widget);
  });

  it('no securitypolicyviolation event and no CSP refusal in the console, after all of that', () => {
    expect(opened.report.cspViolations).toEqual([]);
    expect(refusals()).toEqual([]);
    expect(opened.report.uncaught).toEqual([]);
  });
});

it('a violation would be caught (the listener is live on this page)', async () => {
  const { page, report, close } = await openPage(browser, '/csp.html');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await expect.poll(() => report.cspViolations.length).toBeGreaterThan(0);
  expect(report.cspViolations[0]).toMatch(/^style-src/);
  await close();
});
