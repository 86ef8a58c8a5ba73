/** A user of the test WordPress in Chromium: signed in through wp-login.php, talking to the REST API as the editor does. */
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright';

export interface WpUser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions on the pages this user opened. */
  readonly problems: string[];
  rest<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T>;
}

export async function signIn(
  browser: Browser,
  site: string,
  user: string,
  password: string,
): Promise<WpUser> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The block editor is heavy and CI's two cores are shared: wait as long as a slow machine needs.
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.goto(`${site}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  const nonce = await (await context.request.get(`${site}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  return {
    context,
    page,
    problems,
    async rest<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
      const [path = '', query] = route.split('?');
      const url = `${site}/?rest_route=${encodeURIComponent(path)}${query === undefined ? '' : `&${query}`}`;
      const response = await context.request.fetch(url, {
        method,
        headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' },
        ...(body !== undefined && { data: JSON.stringify(body) }),
      });
      const json = (await response.json()) as T;
      if (!response.ok())
        throw new Error(`${method} ${route}: ${String(response.status())} ${JSON.stringify(json)}`);
      return json;
    },
  };
}

export const sha384 = (bytes: Buffer): string =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Clicks a settings form's submit button and waits until the page it redirects back to (`status=…`) has loaded.
 * Waiting for the URL alone is not enough when the form is sent again from a page that already has that status:
 * the wait would end before the click navigated, and the old page would be read mid-navigation.
 */
export async function submitSettings(page: Page, status: 'rejected' | 'saved'): Promise<void> {
  const pattern = new RegExp(`[?&]status=${status}(&|$)`);
  const arrived = page.waitForEvent(
    'framenavigated',
    (frame) => frame === page.mainFrame() && pattern.test(frame.url()),
  );
  await page.click('form[action$="admin-post.php"][enctype="multipart/form-data"] #submit');
  await arrived;
  await page.waitForLoadState('load');
}
