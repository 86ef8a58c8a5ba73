/**
 * The script-tag files on pages that enforce Trusted Types, served with a real CSP header by the test
 * server (test/script-tag-pages.ts) and loaded in a frame as a site would load them.
 *
 * - Under the documented directive (TRUSTED_TYPES, see the docs' Security page) every way of combining
 *   the files works with zero violations: one file, several per-element files (each bundles Lit, so Lit's
 *   `lit-html` policy is created more than once: hence `'allow-duplicates'`), module and classic together,
 *   and a page that made its own `lit-html` policy first.
 * - Under a stricter directive the widget fails closed: its no-JS fallback stays readable and nothing is
 *   thrown into the page.
 *
 * Chromium only (vitest.config.ts leaves `*.chromium.test.ts` out of the other engines): the Firefox and
 * WebKit builds the suite runs do not enforce `require-trusted-types-for`, so there these pages would pass
 * without testing anything.
 */
import { afterEach, describe, expect, it } from 'vitest';

const TRUSTED_TYPES =
  "require-trusted-types-for 'script'; trusted-types lit-html ketahanan-json-ld ketahanan-site-content 'allow-duplicates'";
const NO_DUPLICATES = "require-trusted-types-for 'script'; trusted-types lit-html ketahanan-json-ld";
const NO_POLICY = "require-trusted-types-for 'script'; trusted-types 'none'";

interface PageOptions {
  readonly csp: string;
  readonly module?: readonly string[];
  readonly classic?: readonly string[];
  /** Elements of the split layout, pasted as the snippet writes them. */
  readonly split?: readonly string[];
  readonly hostPolicy?: boolean;
}

interface TtReport {
  readonly errors: string[];
  readonly violations: string[];
  readonly warnings: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens the page in a frame and waits until its widget rendered, fell back, or something was thrown. */
async function openPage(options: PageOptions) {
  const query = new URLSearchParams({ csp: options.csp });
  if (options.module) query.set('module', options.module.join(','));
  if (options.classic) query.set('classic', options.classic.join(','));
  if (options.split) query.set('split', options.split.join(','));
  if (options.hostPolicy) query.set('host-policy', '1');
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/__kl/tt-page?${query.toString()}`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as (Window & { ttReport: TtReport }) | null;
  const widget = frame.contentDocument?.querySelector('kl-faq-accordion');
  if (!page || !widget) throw new Error('the test page did not load');
  const rendered = () => widget.shadowRoot?.textContent.includes('Pertanyaan cadangan?') ?? false;
  const fellBack = () => widget.shadowRoot?.querySelector('slot') != null;
  await expect
    .poll(() => rendered() || fellBack() || page.ttReport.errors.length > 0, { timeout: 10_000 })
    .toBe(true);
  // Anything a second file would still do happens within a few more frames.
  await new Promise((done) => setTimeout(done, 300));
  const readable = (frame.contentDocument?.body.innerText ?? '').includes('Pertanyaan cadangan?');
  return { report: page.ttReport, rendered: rendered(), fellBack: fellBack(), readable };
}

describe('under the documented Trusted Types directive', () => {
  it.each([
    ['one file', { module: ['ketahanan'] }],
    ['the classic file', { classic: ['ketahanan.classic'] }],
    ['several per-element files', { module: ['faq-accordion', 'partner-cards', 'principle-checklist'] }],
    ['module and classic files together', { module: ['faq-accordion'], classic: ['ketahanan.classic'] }],
    ['a page that made its own lit-html policy', { module: ['faq-accordion'], hostPolicy: true }],
    ['the split layout, two widgets', { split: ['faq-accordion', 'challenge-explorer'] }],
  ] as const)('%s: renders, with zero violations and nothing thrown', async (_name, files) => {
    const { report, rendered } = await openPage({ csp: TRUSTED_TYPES, ...files });
    expect(report).toEqual({ errors: [], violations: [], warnings: [] });
    expect(rendered).toBe(true);
  });
});

describe('under a stricter directive: fails closed, nothing thrown into the page', () => {
  it.each([
    ["no policy allowed (trusted-types 'none')", { csp: NO_POLICY, module: ['faq-accordion'] }],
    ['no policy allowed, classic file', { csp: NO_POLICY, classic: ['ketahanan.classic'] }],
    [
      "several files without 'allow-duplicates'",
      { csp: NO_DUPLICATES, module: ['partner-cards', 'faq-accordion'] },
    ],
    [
      "the page's own lit-html policy without 'allow-duplicates'",
      { csp: NO_DUPLICATES, module: ['faq-accordion'], hostPolicy: true },
    ],
  ] as const)('%s', async (_name, options) => {
    const { report, fellBack, readable } = await openPage(options);
    expect(report.errors).toEqual([]);
    // The element was defined and upgraded, then stopped on the fallback (not a script that never ran).
    expect(fellBack).toBe(true);
    expect(readable).toBe(true);
  });
});
