import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright';
import { inject } from 'vitest';
import { chromiumLaunchOptions } from '../../../../tools/browser/chromium.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Everything a page said while it ran: what a site developer would see in the devtools console. */
export interface PageReport {
  readonly errors: string[];
  readonly warnings: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly uncaught: string[];
  /** `securitypolicyviolation` events, as "directive blocked-uri". */
  readonly cspViolations: string[];
  /** `kl-error` events the widgets fired, as "tag: first problem". */
  readonly klErrors: string[];
}

export interface OpenedPage {
  readonly page: Page;
  readonly report: PageReport;
  readonly close: () => Promise<void>;
}

const WIDGETS = 'kl-faq-accordion, kl-principle-checklist, kl-challenge-explorer, kl-partner-cards';

/**
 * Opens `path` of the demo site in a fresh context (its own storage) and records console messages,
 * uncaught errors and CSP violation reports from the first byte on.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions & {
    waitForWidgets?: boolean;
    /** Sets up network conditions (routes) before the first request. */
    before?: (page: Page) => Promise<unknown>;
  } = {},
): Promise<OpenedPage> {
  const { waitForWidgets: wait = true, before, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  await before?.(page);
  const report: PageReport = { errors: [], warnings: [], uncaught: [], cspViolations: [], klErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(message.text());
    if (message.type() === 'warning') report.warnings.push(message.text());
  });
  page.on('pageerror', (error) => report.uncaught.push(error.message));
  // Bindings, not inline scripts: they work under the strict CSP and report without touching the page.
  await page.exposeBinding('reportCspViolation', (_source, text: string) => {
    report.cspViolations.push(text);
  });
  await page.exposeBinding('reportKlError', (_source, text: string) => {
    report.klErrors.push(text);
  });
  if (contextOptions.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      const bindings = window as unknown as Record<
        'reportCspViolation' | 'reportKlError',
        (text: string) => void
      >;
      document.addEventListener('securitypolicyviolation', (event) => {
        bindings.reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
      document.addEventListener('kl-error', (event) => {
        const detail = (event as CustomEvent<{ problems: readonly { message: string }[] }>).detail;
        bindings.reportKlError(
          `${(event.target as Element).localName}: ${detail.problems[0]?.message ?? ''}`,
        );
      });
    });
  }
  await page.goto(new URL(path, inject('baseUrl')).href);
  if (wait && contextOptions.javaScriptEnabled !== false) await widgetsSettled(page);
  return { page, report, close: () => context.close() };
}

/** Waits until every widget on the page is defined and has left its loading state (content or error). */
export async function widgetsSettled(page: Page): Promise<void> {
  await page.waitForFunction((selector) => {
    const widgets = [...document.querySelectorAll(selector)];
    return widgets.every((widget) => {
      const root = widget.shadowRoot;
      return (
        customElements.get(widget.localName) !== undefined &&
        root !== null &&
        root.childElementCount > 0 &&
        !root.querySelector('[part~="loading"]')
      );
    });
  }, WIDGETS);
}
