/**
 * The part that reads and checks a page's own content (site-content.ts) loads on demand, so it can fail to
 * load: offline, a chunk the host's deploy removed, or (script tag) a file refused by its SRI hash. Then a
 * widget given content of its own says exactly that, in its language, whatever the source (the content itself
 * was never read, so no message about downloading `src`), and the next content it is given tries again.
 *
 * Chromium only: the failure is a mocked module, and only Vitest's Playwright provider mocks modules. The
 * same message in every engine, for a file refused by its SRI hash, is test/cdn-build/site-content-loading.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '@ketahanan/model';
import { expectNoAxeViolations } from '../axe.js';
import { messagesFor } from '../../src/shared/messages/index.js';
import type { KlErrorDetail } from '../../src/shared/content-controller.js';
import { guardPage } from './page-guard.js';
import { markerDocument } from './marker-content.js';
import { alertText, CONTENT_TAGS, create, loaded, place, shownText, type ContentTag } from './widgets.js';

/** Whether the next load of site-content.ts fails, as it would offline. */
const loader = vi.hoisted(() => ({ fails: true }));
vi.mock('../../src/shared/load-site-content.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/shared/load-site-content.js')>();
  return {
    ...original,
    loadSiteContent: () =>
      loader.fails ? Promise.reject(new TypeError('Failed to fetch')) : original.loadSiteContent(),
  };
});

const page = guardPage();
const text = (locale: Locale) => messagesFor(locale).common;

// Once loaded, the module stays for the page: every failure is checked first, then the recovery (the tests
// of a file run in order).
describe.each(CONTENT_TAGS)('<%s>', (tag) => {
  it.each(['id', 'en'] as const)(
    'says the checker did not load, for content set after mount (%s)',
    async (locale) => {
      loader.fails = true;
      const widget = place(create(tag, { lang: locale }));
      await loaded(widget);
      const errors: KlErrorDetail[] = [];
      widget.addEventListener('kl-error', (event) => errors.push(event.detail));
      widget.content = markerDocument(tag, 'Milik');
      await loaded(widget);
      expect(alertText(widget)).toContain(text(locale).errorTitle);
      expect(alertText(widget)).toContain(text(locale).errorChecker);
      expect(alertText(widget)).not.toContain(text(locale).errorNetwork);
      expect(errors.map((error) => error.source)).toEqual(['property']);
      expect(page.warnings.filter((warning) => warning.includes('KL201'))).toHaveLength(1);
      await expectNoAxeViolations(widget);
    },
  );
});

it('once site-content.ts loads, every widget that could not use its content shows the next content it is given', async () => {
  loader.fails = true;
  const widgets = CONTENT_TAGS.map((tag) => place(create(tag, { lang: 'id' })));
  for (const widget of widgets) widget.content = markerDocument(widget.localName as ContentTag, 'Milik');
  for (const widget of widgets) {
    await loaded(widget);
    expect(alertText(widget)).toContain(text('id').errorChecker);
  }
  loader.fails = false;
  for (const widget of widgets) widget.content = markerDocument(widget.localName as ContentTag, 'Sendiri');
  for (const widget of widgets) {
    await loaded(widget);
    expect(alertText(widget)).toBe('');
    expect(shownText(widget)).toContain('Sendiri');
  }
});
