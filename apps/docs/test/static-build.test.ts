/**
 * The built Storybook (`storybook build` → storybook-static/) is what designers and developers open, so it is
 * tested as such: served over HTTP, every story and docs page in index.json is opened in Chromium, and each
 * must finish rendering (play function included) with no console error and no uncaught exception.
 *
 * One page loads the preview once and switches entries through Storybook's own channel, as its manager
 * does: a fresh page per story would spend seconds per entry re-parsing the same 2 MB of JavaScript.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../tools/browser/chromium.mjs';
import { UNREACHABLE_SRC } from '../src/elements/shared/unreachable-src.js';

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
}

const staticDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const indexPath = `${staticDir}index.json`;
if (!existsSync(indexPath)) {
  throw new Error(
    'apps/docs/storybook-static/index.json is missing: run `npm run build` (storybook build) first.',
  );
}
const entries = Object.values(
  (JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
);

let server: Server;
let browser: Browser;
let page: Page;
/** Console errors and uncaught exceptions since the current entry started. */
let problems: string[] = [];
let previewUrl = '';
/** Set when an entry failed: the next one starts from a freshly loaded preview, so failures do not cascade. */
let reloadBeforeNext = false;

async function openPreview(): Promise<void> {
  await page.goto(previewUrl);
  await page.waitForFunction(() => '__STORYBOOK_PREVIEW__' in window);
  await page.evaluate(() =>
    (
      window as unknown as { __STORYBOOK_PREVIEW__: { ready: () => Promise<void> } }
    ).__STORYBOOK_PREVIEW__.ready(),
  );
}

beforeAll(async () => {
  const serve = sirv(staticDir, { dev: false });
  server = createServer((request, response) => {
    // iframe.html links no icon, so the browser asks for /favicon.ico; that 404 is not the docs' fault.
    if (request.url === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
      return;
    }
    serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The "unreachable src" stories fail a request on purpose; the browser logs it, and only that is fine.
    if (message.text().startsWith('Failed to load resource') && message.location().url === UNREACHABLE_SRC)
      return;
    problems.push(`console.error: ${message.text()}`);
  });
  // Axe already runs on every story in the story tests; here it would triple the time for nothing new.
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  previewUrl = `${origin}/iframe.html?globals=a11y.manual:!true`;
  await openPreview();
}, 60_000);

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Numbers each idle check, so one never reuses another's quiet period. */
let idleChecks = 0;

/**
 * Waits until no story render (the current story, or the stories embedded in a docs page) has been
 * preparing, loading, rendering, playing or running its afterEach checks for a short quiet period.
 * Storybook reloads the whole preview when it must tear down a render that is still pending (see
 * `StoryRender.teardown`), which would abort the next entry's check half-way: a docs page reports
 * `docsRendered` before its embedded stories finish, and a story may re-render right after `storyFinished`.
 */
async function waitForIdlePreview(): Promise<void> {
  idleChecks += 1;
  await page.waitForFunction(
    ({ quietMs, check }) => {
      interface Render {
        phase?: string;
        isPending: () => boolean;
      }
      const scope = window as unknown as {
        __STORYBOOK_PREVIEW__: { storyRenders: Render[] };
        klIdleCheck?: number;
        klBusySince?: number;
      };
      const busy = scope.__STORYBOOK_PREVIEW__.storyRenders.some(
        (render) => render.isPending() || render.phase === 'preparing',
      );
      const now = performance.now();
      // A new check starts its quiet period afresh rather than trusting an earlier one.
      if (busy || scope.klIdleCheck !== check) scope.klBusySince = now;
      scope.klIdleCheck = check;
      return !busy && now - (scope.klBusySince ?? now) >= quietMs;
    },
    { quietMs: 100, check: idleChecks },
    { timeout: 15_000, polling: 25 },
  );
}

/** Shows one entry and resolves with how it ended: `rendered`, or what went wrong. */
async function show(entry: IndexEntry): Promise<string> {
  await waitForIdlePreview();
  return page.evaluate(
    ({ id, viewMode }) =>
      new Promise<string>((resolve) => {
        interface Channel {
          on: (event: string, listener: (payload: never) => void) => void;
          off: (event: string, listener: (payload: never) => void) => void;
          emit: (event: string, payload: unknown) => void;
        }
        interface Report {
          type: string;
          status: string;
          result?: { violations?: { id: string }[] };
        }
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        const listeners: [string, (payload: never) => void][] = [];
        const finish = (outcome: string): void => {
          for (const [event, listener] of listeners) channel.off(event, listener);
          resolve(outcome);
        };
        const listen = (event: string, listener: (payload: never) => void): void => {
          listeners.push([event, listener]);
          channel.on(event, listener);
        };
        listen('storyFinished', (event: { storyId: string; status: string; reporters: Report[] }) => {
          if (event.storyId !== id) return;
          const failed = event.reporters
            .filter((report) => report.status === 'failed')
            .map(
              (report) => `${report.type}: ${(report.result?.violations ?? []).map((v) => v.id).join(', ')}`,
            );
          finish(
            event.status === 'success' ? 'rendered' : `finished with ${event.status} ${failed.join('; ')}`,
          );
        });
        listen('docsRendered', (docsId: string) => {
          if (docsId === id) finish('rendered');
        });
        listen('storyErrored', (error: { title: string; description: string }) => {
          finish(`error: ${error.title} ${error.description}`);
        });
        listen('storyThrewException', (error: { message: string }) => {
          finish(`exception: ${error.message}`);
        });
        listen('playFunctionThrewException', (error: { message: string }) => {
          finish(`play function failed: ${error.message}`);
        });
        listen('storyMissing', () => {
          finish('missing');
        });
        setTimeout(() => {
          finish('did not finish within 15 s');
        }, 15_000);
        channel.emit('setCurrentStory', { storyId: id, viewMode });
      }),
    { id: entry.id, viewMode: entry.type === 'docs' ? 'docs' : 'story' },
  );
}

describe('the static Storybook build', () => {
  it('has stories and docs pages', () => {
    expect(entries.filter((entry) => entry.type === 'story').length).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry.type === 'docs').length).toBeGreaterThan(0);
  });

  it.each(entries.map((entry) => [`${entry.title} › ${entry.name}`, entry] as const))(
    '%s renders without console errors',
    async (_label, entry) => {
      if (reloadBeforeNext) await openPreview();
      problems = [];
      reloadBeforeNext = true;
      expect(await show(entry)).toBe('rendered');
      expect(problems).toEqual([]);
      reloadBeforeNext = false;
    },
    40_000,
  );
});
