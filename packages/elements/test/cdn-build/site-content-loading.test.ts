/**
 * How a script-tag file loads site-content.js (the validator of a site's own content), in every engine:
 * only when the page gives the widget content of its own, through a `<script type="module">` that pins it
 * by its SRI hash, and refused when its bytes changed on the way, with the widget's localized error state
 * and nothing thrown into the page. (WebKit ignores the hash of a `<link rel="modulepreload">`: that is why
 * the loader uses a script element, and why the tampered case runs in every engine.) Pages from test/script-tag-pages.ts, in a frame, as a site
 * would load the files (built `dist/cdn/`, byte for byte).
 */
import { afterEach, describe, expect, it } from 'vitest';

interface PageReport {
  readonly errors: string[];
}

/** What the accordion showed in its first render, right after the element files ran. */
interface FirstRender {
  readonly loading: boolean;
  readonly questions: number;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** `dist/cdn/integrity.json`, as the build wrote it. */
async function manifest(): Promise<{ files: Record<string, string> }> {
  const response = await fetch('/dist/cdn/integrity.json');
  return (await response.json()) as { files: Record<string, string> };
}

/** Opens the FAQ page in a frame and waits until the widget shows questions or its error state. */
async function openFaqPage(query: Record<string, string>) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/__kl/tt-page?${new URLSearchParams({ csp: '', module: 'faq-accordion', ...query }).toString()}`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as
    (Window & { ttReport: PageReport; tampered?: boolean; firstRender: FirstRender }) | null;
  const widget = frame.contentDocument?.querySelector('kl-faq-accordion');
  if (!page || !widget) throw new Error('the test page did not load');
  const root = () => widget.shadowRoot;
  await expect
    .poll(() => Boolean(root()?.querySelector('[part~="question"], [role="alert"]')), { timeout: 15_000 })
    .toBe(true);
  // The scripts the widget added to load a file (the page's own are in <head> from the start, after it).
  const added =
    frame.contentDocument?.querySelectorAll<HTMLScriptElement>('script[src*="site-content"]') ?? [];
  const links = [...added].map((script) => ({
    file: new URL(script.src).pathname.split('/').pop(),
    type: script.type,
    integrity: script.integrity,
  }));
  return {
    page,
    firstRender: page.firstRender,
    links,
    questions: [...(root()?.querySelectorAll('[part~="question"]') ?? [])].map((q) => q.textContent.trim()),
    alert: root()?.querySelector('[role="alert"]')?.textContent ?? '',
  };
}

describe('site-content.js, loaded by a script-tag file', () => {
  it('is not loaded for the built-in FAQ', async () => {
    const { links, questions, page } = await openFaqPage({ fallback: '0' });
    expect(questions.length).toBeGreaterThan(3);
    expect(links).toEqual([]);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is loaded for the page’s own questions, pinned by its hash in integrity.json', async () => {
    const { links, questions, page, firstRender } = await openFaqPage({});
    expect(questions).toEqual(['Pertanyaan cadangan?']);
    // Its loading line shows while the file loads.
    expect(firstRender).toEqual({ loading: true, questions: 0 });
    expect(links).toEqual([
      { file: 'site-content.js', type: 'module', integrity: (await manifest()).files['site-content.js'] },
    ]);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is refused when changed on the way: its code never runs, the widget says it could not load', async () => {
    const { questions, alert, page } = await openFaqPage({ folder: 'cdn-tampered' });
    expect(page.tampered).toBeUndefined();
    expect(questions).toEqual([]);
    expect(alert).toContain('Konten tidak dapat diperiksa: site-content.js tidak termuat');
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is used at once when the page loaded it before the element file: one script, questions in the first render', async () => {
    const { links, questions, page, firstRender } = await openFaqPage({
      module: 'site-content,faq-accordion',
    });
    expect(firstRender).toEqual({ loading: false, questions: 1 });
    expect(questions).toEqual(['Pertanyaan cadangan?']);
    // The page's own tag only (no integrity on it here): the widget added none.
    expect(links).toEqual([{ file: 'site-content.js', type: 'module', integrity: '' }]);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is used at once for content a script sets after the widget showed the article', async () => {
    const { page, firstRender } = await openFaqPage({ fallback: '0', module: 'site-content,faq-accordion' });
    expect(firstRender.loading).toBe(false);
    const widget = page.document.querySelector('kl-faq-accordion') as HTMLElement & {
      content: unknown;
      updateComplete: Promise<unknown>;
    };
    let loadingShown = false;
    const root = widget.shadowRoot as ShadowRoot;
    new MutationObserver(() => {
      loadingShown ||= root.querySelector('[part~="loading"]') !== null;
    }).observe(root, { childList: true, subtree: true });
    widget.content = { faq: [{ id: 'baru', question: 'Pertanyaan baru?', answer: 'Jawaban baru.' }] };
    await widget.updateComplete;
    const questions = [...root.querySelectorAll('[part~="question"]')].map((q) => q.textContent.trim());
    expect(questions).toEqual(['Pertanyaan baru?']);
    expect(loadingShown).toBe(false);
    expect(page.document.querySelectorAll('script[src*="site-content"]')).toHaveLength(1);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is found when the page’s tag has a query, as a CMS writes (`?ver=`)', async () => {
    const { links, page, firstRender } = await openFaqPage({ before: 'cdn/site-content?ver=0.1.0' });
    expect(firstRender).toEqual({ loading: false, questions: 1 });
    expect(links).toHaveLength(1);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is used at once by the split layout too, whose files live one folder down', async () => {
    const { links, questions, page, firstRender } = await openFaqPage({
      module: '',
      before: 'cdn/site-content',
      split: 'faq-accordion',
    });
    expect(firstRender).toEqual({ loading: false, questions: 1 });
    expect(questions).toEqual(['Pertanyaan cadangan?']);
    expect(links).toHaveLength(1);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is not taken from another address: a changed copy the page loaded elsewhere is never used', async () => {
    const { links, questions, page, firstRender } = await openFaqPage({
      before: 'cdn-tampered/site-content',
    });
    // That copy ran (the page loaded it without a hash), but the widget loads and checks its own.
    expect(page.tampered).toBe(true);
    expect(firstRender).toEqual({ loading: true, questions: 0 });
    expect(questions).toEqual(['Pertanyaan cadangan?']);
    expect(links.map((link) => link.integrity)).toEqual(['', (await manifest()).files['site-content.js']]);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('is part of the classic file, which shows the page’s questions in its first render', async () => {
    const { links, questions, page, firstRender } = await openFaqPage({
      module: '',
      classic: 'ketahanan.classic',
    });
    expect(firstRender).toEqual({ loading: false, questions: 1 });
    expect(questions).toEqual(['Pertanyaan cadangan?']);
    expect(links).toEqual([]);
    expect(page.ttReport.errors).toEqual([]);
  });
});
