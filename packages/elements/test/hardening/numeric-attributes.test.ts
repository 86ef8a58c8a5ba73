/**
 * Numbers a page writes into attributes (`timeout`, `heading-level`) or sets as properties can be anything:
 * `1e20`, negative, `NaN`, `Infinity`, words. Each is kept within its range, so the widget still ends in
 * content or its localized error state, and nothing is thrown into the page (the page guard fails the
 * test on any uncaught error or unhandled rejection).
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, type Locale } from '@ketahanan/model';
import { messagesFor } from '../../src/shared/messages/index.js';
import type { KlErrorDetail } from '../../src/shared/content-controller.js';
import { guardPage } from './page-guard.js';
import { jsonUrl, markerDocument } from './marker-content.js';
import { alertText, CONTENT_TAGS, create, loaded, place, shownText } from './widgets.js';

guardPage();

/** What `AbortSignal.timeout()` or a timer would refuse or misread, and what merely is not a number. */
const ODD_TIMEOUTS = ['1e20', '1e400', '-5', '0', 'NaN', 'Infinity', '-Infinity', 'soon', '', '0.2'];

const text = (locale: Locale) => messagesFor(locale).common;

describe.each(CONTENT_TAGS)('<%s> given an odd timeout', (tag) => {
  it.each(ODD_TIMEOUTS)('timeout="%s": a failing src ends in the localized error state', async (timeout) => {
    for (const locale of ['id', 'en'] as const) {
      const widget = create(tag, { lang: locale, src: '/__kl/status/500', timeout });
      const errors: KlErrorDetail[] = [];
      widget.addEventListener('kl-error', (event) => errors.push(event.detail));
      await loaded(place(widget));
      expect(alertText(widget)).toContain(formatMessage(locale, text(locale).errorHttp, { status: 500 }));
      expect(errors).toHaveLength(1);
    }
  });

  it.each([1e20, -1, Number.NaN, Infinity, 2 ** 53])(
    'timeout property %s set after mount: the src still loads',
    async (timeout) => {
      const widget = place(create(tag, { lang: 'id' }));
      await widget.updateComplete;
      widget.timeout = timeout;
      widget.src = jsonUrl(markerDocument(tag, 'Angka'));
      await loaded(widget);
      expect(alertText(widget)).toBe('');
      expect(shownText(widget)).toContain('Angka');
    },
  );

  it('reads a timeout beyond any timer as the longest one, and a usable one as given', async () => {
    const widget = place(create(tag, { timeout: '1e20' }));
    await widget.updateComplete;
    expect(widget.timeout).toBe(2 ** 31 - 1);
    widget.setAttribute('timeout', '2500.4');
    await widget.updateComplete;
    expect(widget.timeout).toBe(2500);
    widget.setAttribute('timeout', 'soon');
    await widget.updateComplete;
    expect(widget.timeout).toBe(10_000);
  });
});

describe.each(CONTENT_TAGS)('<%s> given an odd heading level', (tag) => {
  it.each(['1e20', '-Infinity', 'NaN', '2.5', 'h2'])(
    'heading-level="%s" and the same as a property: content shows, headings stay h1–h6',
    async (level) => {
      const widget = create(tag, { 'heading-level': level });
      widget.content = markerDocument(tag, 'Tingkat');
      await loaded(place(widget));
      widget.headingLevel = Number(level);
      await widget.updateComplete;
      expect(shownText(widget)).toContain('Tingkat');
      for (const heading of widget.shadowRoot?.querySelectorAll('*') ?? []) {
        if (/^h\d+$/.test(heading.localName)) expect(heading.localName).toMatch(/^h[1-6]$/);
      }
    },
  );
});
