/**
 * `src` on a network we do not control: every way a download can fail ends in the widget's localized
 * error state (one `kl-error`, one console warning), for the reason that really happened, and nothing is
 * thrown into the page. A failure other than the hang must be recognised before the timeout, so each of
 * those cases gives the widget a long timeout and expects its own message, not the timeout's.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '@ketahanan/model';
import { expectNoAxeViolations } from '../axe.js';
import { formatMessage } from '@ketahanan/model';
import { messagesFor } from '../../src/shared/messages/index.js';
import type { KlErrorDetail } from '../../src/shared/content-controller.js';
import { guardPage } from './page-guard.js';
import { jsonUrl, markerDocument, otherOrigin, typedUrl } from './marker-content.js';
import { alertText, CONTENT_TAGS, create, loaded, place, shownText, type ContentTag } from './widgets.js';

const page = guardPage();

interface Failing {
  readonly situation: string;
  readonly src: (tag: ContentTag) => string;
  readonly timeout: number;
  readonly expected: (locale: Locale) => string;
}

const text = (locale: Locale) => messagesFor(locale).common;

/** Counts the requests whose body never ends, so each has an address of its own. */
let heldRequests = 0;

const FAILING: readonly Failing[] = [
  {
    situation: 'hangs (timeout 300 ms)',
    src: () => '/__kl/hang',
    timeout: 300,
    expected: (locale) => formatMessage(locale, text(locale).errorTimeout, { seconds: 1 }),
  },
  {
    situation: 'answers 500',
    src: () => '/__kl/status/500',
    timeout: 8000,
    expected: (locale) => formatMessage(locale, text(locale).errorHttp, { status: 500 }),
  },
  {
    situation: 'answers an HTML page instead of JSON',
    src: () => '/__kl/html',
    timeout: 8000,
    expected: (locale) => formatMessage(locale, text(locale).errorContentType, { mediaType: 'text/html' }),
  },
  {
    situation: 'answers a valid document as text/html',
    src: (tag) => typedUrl(markerDocument(tag, 'x'), 'text/html; charset=utf-8'),
    timeout: 8000,
    expected: (locale) => formatMessage(locale, text(locale).errorContentType, { mediaType: 'text/html' }),
  },
  {
    situation: 'answers a valid document as image/png, whose body never ends',
    // A new address each time: Firefox makes a second request for an address whose answer is still being
    // received wait for that answer (its cache lock), so a repeated one would wait out the widget's timeout.
    src: (tag) =>
      typedUrl(markerDocument(tag, 'x'), 'image/png', `&hold=1&request=${String(++heldRequests)}`),
    timeout: 8000,
    expected: (locale) => formatMessage(locale, text(locale).errorContentType, { mediaType: 'image/png' }),
  },
  {
    situation: 'answers a valid document as text/plain',
    src: (tag) => typedUrl(markerDocument(tag, 'x'), 'text/plain'),
    timeout: 8000,
    expected: (locale) => formatMessage(locale, text(locale).errorContentType, { mediaType: 'text/plain' }),
  },
  {
    situation: 'answers a valid document with no content type',
    src: (tag) => typedUrl(markerDocument(tag, 'x'), undefined),
    timeout: 8000,
    expected: (locale) => text(locale).errorNoContentType,
  },
  {
    situation: 'redirects to another origin that allows it (CORS) but answers text/html',
    src: (tag) =>
      `/__kl/redirect?to=${encodeURIComponent(otherOrigin(typedUrl(markerDocument(tag, 'x'), 'text/html', '&cors=1')))}`,
    timeout: 8000,
    expected: (locale) => formatMessage(locale, text(locale).errorContentType, { mediaType: 'text/html' }),
  },
  {
    situation: 'answers 10 MB',
    src: () => '/__kl/big?mb=10',
    timeout: 8000,
    expected: (locale) => text(locale).errorTooLarge,
  },
  {
    situation: 'redirects to another origin that does not allow it (no CORS)',
    src: (tag) => `/__kl/redirect?to=${encodeURIComponent(otherOrigin(jsonUrl(markerDocument(tag, 'x'))))}`,
    timeout: 8000,
    expected: (locale) => text(locale).errorNetwork,
  },
  {
    situation: 'is on another origin without CORS headers',
    src: (tag) => otherOrigin(jsonUrl(markerDocument(tag, 'x'))),
    timeout: 8000,
    expected: (locale) => text(locale).errorNetwork,
  },
];

/** Mounts a widget on `src` and waits for it to settle; returns it with the `kl-error` events it fired. */
async function mountOn(tag: ContentTag, locale: Locale, src: string, timeout: number) {
  const widget = create(tag, { lang: locale, src, timeout: String(timeout) });
  const errors: KlErrorDetail[] = [];
  widget.addEventListener('kl-error', (event) => errors.push(event.detail));
  await loaded(place(widget));
  return { widget, errors };
}

describe.each(CONTENT_TAGS)('<%s> with a src that', (tag) => {
  for (const failing of FAILING) {
    it.each(['id', 'en'] as const)(`${failing.situation}: localized error state (%s)`, async (locale) => {
      const { widget, errors } = await mountOn(tag, locale, failing.src(tag), failing.timeout);
      expect(alertText(widget)).toContain(text(locale).errorTitle);
      expect(alertText(widget)).toContain(failing.expected(locale));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.source).toBe('src');
      expect(page.warnings.filter((warning) => warning.includes('KL201'))).toHaveLength(1);
      await expectNoAxeViolations(widget);
    });
  }

  it.each(['application/ld+json', 'text/json', 'application/json; charset=utf-8'])(
    'shows a document sent as %s',
    async (type) => {
      const { widget, errors } = await mountOn(
        tag,
        'id',
        typedUrl(markerDocument(tag, 'Bertipe'), type),
        8000,
      );
      expect(alertText(widget)).toBe('');
      expect(shownText(widget)).toContain('Bertipe');
      expect(errors).toEqual([]);
    },
  );

  // The controls: the other origin is reachable, and a redirect is followed, once that origin allows it.
  // So the failures above are the browser's CORS rule at work, not an unreachable host.
  it('shows a document from another origin that sends CORS headers, also through a redirect', async () => {
    const direct = otherOrigin(jsonUrl(markerDocument(tag, 'Lintas'), '&cors=1'));
    const redirected = `/__kl/redirect?to=${encodeURIComponent(otherOrigin(jsonUrl(markerDocument(tag, 'Alih'), '&cors=1')))}`;
    const first = await mountOn(tag, 'id', direct, 8000);
    expect(alertText(first.widget)).toBe('');
    expect(shownText(first.widget)).toContain('Lintas');
    const second = await mountOn(tag, 'id', redirected, 8000);
    expect(alertText(second.widget)).toBe('');
    expect(shownText(second.widget)).toContain('Alih');
  });
});
