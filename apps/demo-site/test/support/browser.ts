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
  options: BrowserContextOptions & { waitForWidgets?: boolean } = {},
): Promise<OpenedPage> {
  const { waitForWidgets: wait = true, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const report: PageReport = { errors: [], warnings: [], uncaught: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(message.text());
    if (message.type() === 'warning') report.warnings.push(message.text());
  });
  page.on('pageerror', (error) => report.uncaught.push(error.message));
  // A binding, not an inline script: it works under the strict CSP and reports without touching the page.
  await page.exposeBinding('reportCspViolation', (_source, text: string) => {
    report.cspViolations.push(text);
  });
  if (contextOptions.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation;
        report(`${event.violatedDirective} ${event.blockedURI}`);
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
