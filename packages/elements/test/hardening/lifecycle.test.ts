/**
 * What frameworks and CMS scripts do to widgets: remove them mid-download, move them into other documents
 * and back, re-insert them, flip `lang` and `src` a hundred times. Each widget must end showing what its
 * last inputs say, leave no listener on `window`/`document` once removed, and say nothing after removal.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '@ketahanan/model';
import { messagesFor } from '../../src/shared/messages/index.js';
import { startListenerLedger } from './listener-ledger.js';
import { guardPage } from './page-guard.js';
import { jsonUrl, markerDocument } from './marker-content.js';
import {
  alertText,
  CONTENT_TAGS,
  create,
  loaded,
  place,
  shadowOf,
  shownText,
  type ContentTag,
} from './widgets.js';

const page = guardPage();

/** A UI string each widget shows once it has content: proof of the language it renders in. */
function uiWord(tag: ContentTag, locale: Locale): string {
  const messages = messagesFor(locale);
  switch (tag) {
    case 'kl-faq-accordion':
      return messages.faq.showAll;
    case 'kl-challenge-explorer':
      return messages.explorer.solution;
    case 'kl-principle-checklist':
      return messages.checklist.legend;
    case 'kl-partner-cards':
      return messages.cards.filterLabel;
  }
}

/** What each widget listens to on `window`/`document` while connected (and must remove when it leaves). */
const GLOBAL_LISTENERS: Record<ContentTag, string[]> = {
  'kl-faq-accordion': ['window:hashchange'],
  'kl-challenge-explorer': ['window:hashchange'],
  'kl-principle-checklist': ['window:storage'],
  'kl-partner-cards': [],
};

let serial = 0;
const watchId = () => `lifecycle-${String(Date.now())}-${String(++serial)}`;

async function watchedState(id: string): Promise<string> {
  const response = await fetch(`/__kl/watched?id=${encodeURIComponent(id)}`);
  return ((await response.json()) as { state: string }).state;
}

/** Resolves once the server has answered a request delayed by `ms`: any earlier one is answered too. */
async function outlast(ms: number): Promise<void> {
  await (await fetch(jsonUrl({}, `&delay=${String(ms)}`))).text();
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Stylesheets still apply: the base rule makes every shadow element border-box, the host a block. */
function styled(widget: Element): boolean {
  const inner = shadowOf(widget).querySelector('*:not(style)');
  return (
    getComputedStyle(widget).display === 'block' &&
    inner !== null &&
    getComputedStyle(inner).boxSizing === 'border-box'
  );
}

describe.each(CONTENT_TAGS)('<%s>', (tag) => {
  it('removed while fetching: the request is aborted and nothing is reported afterwards', async () => {
    const ledger = startListenerLedger();
    const id = watchId();
    const events: Event[] = [];
    const widget = place(create(tag, { src: `/__kl/watch?id=${id}`, timeout: '60000' }));
    widget.addEventListener('kl-error', (event) => events.push(event));
    await expect.poll(() => watchedState(id)).toBe('open');
    expect(ledger.live()).toEqual(GLOBAL_LISTENERS[tag]);
    widget.remove();
    await expect.poll(() => watchedState(id)).toBe('aborted');
    expect(ledger.live()).toEqual([]);
    expect(events).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  it('removed while a failing download is on its way: no kl-error and no warning after removal', async () => {
    const ledger = startListenerLedger();
    const events: Event[] = [];
    const widget = place(create(tag, { src: '/__kl/json?body=%7B%22rusak&delay=150' }));
    widget.addEventListener('kl-error', (event) => events.push(event));
    await nextTask();
    widget.remove();
    await outlast(300);
    await nextTask();
    expect(events).toEqual([]);
    expect(page.warnings).toEqual([]);
    expect(ledger.live()).toEqual([]);
  });

  it('moved to a document without a window, into an iframe and back: same content, styled, no leaks', async () => {
    const ledger = startListenerLedger();
    const widget = place(create(tag, { lang: 'en', src: jsonUrl(markerDocument(tag, 'Pindah')) }));
    await loaded(widget);
    const before = shownText(widget);
    expect(before).toContain('Pindah');

    const inert = document.implementation.createHTMLDocument('elsewhere');
    inert.body.append(widget);
    await nextTask();
    const frame = document.createElement('iframe');
    place(frame);
    const frameDocument = frame.contentDocument;
    if (!frameDocument) throw new Error('no iframe document');
    frameDocument.body.append(widget);
    await loaded(widget);
    expect(styled(widget), 'styled inside the iframe').toBe(true);
    place(widget);
    await loaded(widget);

    expect(shownText(widget)).toBe(before);
    expect(alertText(widget)).toBe('');
    expect(styled(widget)).toBe(true);
    widget.remove();
    frame.remove();
    await outlast(50);
    expect(ledger.live()).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  it('re-inserted again and again: one set of listeners while connected, none after', async () => {
    const ledger = startListenerLedger();
    const widget = place(create(tag, { lang: 'id' }));
    await loaded(widget);
    expect(ledger.live()).toEqual(GLOBAL_LISTENERS[tag]);
    const parent = widget.parentElement;
    if (!parent) throw new Error('no parent');
    for (let round = 0; round < 20; round++) {
      widget.remove();
      if (round % 2) await nextTask();
      parent.append(widget);
      if (round % 3) await nextTask();
    }
    await loaded(widget);
    expect(ledger.live()).toEqual(GLOBAL_LISTENERS[tag]);
    expect(shownText(widget)).toContain(uiWord(tag, 'id'));
    expect(alertText(widget)).toBe('');
    widget.remove();
    await nextTask();
    expect(ledger.live()).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  it('lang and src changed 100 times: shows the last src, in the last language', async () => {
    const ledger = startListenerLedger();
    const events: Event[] = [];
    const widget = place(create(tag));
    widget.addEventListener('kl-error', (event) => events.push(event));
    for (let round = 0; round < 100; round++) {
      widget.lang = round % 2 ? 'en' : 'id';
      // The one before last answers long after the last: a stale answer arrives after the fresh one.
      // (The others answer quickly, so the browser's six connections per host are free by then.)
      widget.setAttribute(
        'src',
        jsonUrl(
          markerDocument(tag, `R${String(round)}x`),
          `&delay=${String(round === 98 ? 400 : round === 99 ? 0 : (round % 5) * 10)}`,
        ),
      );
      if (round % 4 === 0) await nextTask();
    }
    await loaded(widget);
    await outlast(500);
    await expect
      .poll(() => shownText(widget).includes('R99x'), { message: 'the last document' })
      .toBeTruthy();
    expect(widget.locale).toBe('en');
    expect(shownText(widget)).toContain(uiWord(tag, 'en'));
    expect(
      shownText(widget)
        .match(/R\d+x/g)
        ?.every((word) => word === 'R99x'),
    ).toBe(true);
    expect(events).toEqual([]);
    widget.remove();
    await outlast(50);
    expect(ledger.live()).toEqual([]);
    expect(page.warnings).toEqual([]);
  });
});

describe('<kl-partner-card>', () => {
  it('moved into an iframe and back: still styled, still the same card', async () => {
    const card = place(document.createElement('kl-partner-card'));
    card.name = 'Koperasi Tani';
    card.href = 'https://koperasi.example/';
    await loaded(card);
    const before = shownText(card);
    const frame = place(document.createElement('iframe'));
    frame.contentDocument?.body.append(card);
    await loaded(card);
    expect(styled(card), 'styled inside the iframe').toBe(true);
    place(card);
    await loaded(card);
    expect(styled(card)).toBe(true);
    expect(shownText(card)).toBe(before);
  });
});
