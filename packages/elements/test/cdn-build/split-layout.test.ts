/**
 * The split layout (dist/cdn/split/), pasted as the snippet writes it, in every engine: two widgets share one
 * core (Lit evaluated once), every file is loaded by its own `<script type="module" integrity>`, and a file
 * whose bytes changed on the way is refused in Chromium, Firefox and WebKit alike, its code never run, the
 * widgets that need it left as their fallback, with a console warning that says which file is missing.
 * (No file imports another: WebKit does not check `<link rel="modulepreload" integrity>`, and Chromium and
 * WebKit fetch a refused module again, unchecked, for an import of it. See scripts/cdn/split-registry.mjs.)
 * Pages from test/script-tag-pages.ts, in a frame, with the built files byte for byte.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/snippet/widgets.js';

interface SplitPage extends Window {
  readonly ttReport: { readonly errors: string[]; readonly warnings: string[] };
  readonly tampered?: boolean;
  readonly litHtmlVersions?: readonly string[];
  readonly reactiveElementVersions?: readonly string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens a page pasting the split tags of `split` (and `query`), records its console warnings. */
async function openSplitPage(split: string, query: Record<string, string> = {}) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/__kl/tt-page?${new URLSearchParams({ csp: '', fallback: '0', split, ...query }).toString()}`;
  document.body.append(frame);
  const page = frame.contentWindow as SplitPage | null;
  if (!page) throw new Error('the test page did not open');
  await loaded;
  const doc = frame.contentDocument as Document;
  return { page, doc };
}

function questions(doc: Document): number {
  return (
    doc.querySelector('kl-faq-accordion')?.shadowRoot?.querySelectorAll('[part~="question"]').length ?? 0
  );
}

describe('the split layout, pasted as the snippet writes it', () => {
  it('runs two widgets on one core: each file loaded once, Lit evaluated once', async () => {
    const { page, doc } = await openSplitPage('faq-accordion,challenge-explorer');
    await expect.poll(() => questions(doc), { timeout: 15_000 }).toBeGreaterThan(3);
    await expect
      .poll(
        () => doc.querySelector('kl-challenge-explorer')?.shadowRoot?.querySelectorAll('[role="tab"]').length,
      )
      .toBeGreaterThan(2);
    const loaded = page.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/split/'))
      .sort();
    expect(loaded).toEqual([
      '/__kl/cdn/split/challenge-explorer.js',
      '/__kl/cdn/split/core.js',
      '/__kl/cdn/split/faq-accordion.js',
    ]);
    expect([page.litHtmlVersions?.length, page.reactiveElementVersions?.length]).toEqual([1, 1]);
    // The core is pasted twice, once per widget, each tag pinned by its hash.
    const cores = [...doc.querySelectorAll<HTMLScriptElement>('script[src$="/split/core.js"]')];
    expect(cores).toHaveLength(2);
    for (const core of cores) expect(core.integrity).toMatch(/^sha384-/);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('works whatever order the tags come in (the element file first)', async () => {
    const { page, doc } = await openSplitPage('faq-accordion', { reversed: '1' });
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src*="/split/"]')];
    expect(scripts.map((script) => new URL(script.src).pathname.split('/').pop())).toEqual([
      'faq-accordion.js',
      'core.js',
    ]);
    await expect.poll(() => questions(doc), { timeout: 15_000 }).toBeGreaterThan(3);
    expect(page.ttReport.errors).toEqual([]);
  });

  it('runs partner cards, which need a second shared file', async () => {
    const { page, doc } = await openSplitPage('partner-cards');
    expect(
      [...doc.querySelectorAll<HTMLScriptElement>('script[src*="/split/"]')].map((script) =>
        new URL(script.src).pathname.replace('/__kl/cdn/', ''),
      ),
    ).toEqual([...WIDGETS['kl-partner-cards'].splitNeeds, 'split/partner-cards.js']);
    await expect.poll(() => page.customElements.get('kl-partner-cards') !== undefined).toBe(true);
    expect(page.ttReport.errors).toEqual([]);
  });

  it.each(['split/core.js', 'split/faq-accordion.js'])(
    'refuses %s when its bytes changed on the way: its code never runs, the widget stays unupgraded',
    async (file) => {
      const { page, doc } = await openSplitPage('faq-accordion', { tamper: file });
      // The load event has fired: every module script ran or was refused by then.
      expect(page.tampered).toBeUndefined();
      expect(page.customElements.get('kl-faq-accordion')).toBeUndefined();
      expect(doc.querySelector('kl-faq-accordion')?.shadowRoot).toBeNull();
      // Lit never ran either when the core was refused.
      if (file === 'split/core.js') {
        expect(page.litHtmlVersions).toBeUndefined();
        expect(page.ttReport.warnings).toEqual([
          '[ketahanan KL102] split/faq-accordion.js needs split/core.js',
        ]);
      }
      expect(page.ttReport.errors).toEqual([]);
    },
  );
});

describe('what a snippet writes without a manifest (another version)', () => {
  it('names the files each split file needs as integrity.json does', async () => {
    const response = await fetch('/dist/cdn/integrity.json');
    const manifest = (await response.json()) as { imports: Record<string, string[]> };
    for (const widget of Object.values(WIDGETS))
      expect(manifest.imports[`split/${widget.file}`], widget.file).toEqual(widget.splitNeeds);
  });
});
