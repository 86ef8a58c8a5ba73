/**
 * What every element does in a browser that lacks a feature we use, as the README's "Browser support"
 * describes: the feature is taken away here (test/older-engine.ts), since all three test engines have it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import '../../index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { removeFeature, restoreEngine, styleAsOlderEngine } from '../../../test/older-engine.js';
import { alertText, loaded, shownText } from '../../../test/hardening/widgets.js';
import { jsonUrl, markerDocument } from '../../../test/hardening/marker-content.js';
import { formatMessage } from '@ketahanan/model';
import { messagesFor } from '../messages/index.js';
import { withTimeout } from '../timeout-signal.js';

afterEach(() => {
  restoreEngine();
  cleanupFixtures();
});

const ALL_ELEMENTS = html`<kl-faq-accordion lang="id"></kl-faq-accordion>
  <kl-challenge-explorer lang="id"></kl-challenge-explorer>
  <kl-principle-checklist lang="id"></kl-principle-checklist>
  <kl-partner-cards lang="id"></kl-partner-cards>
  <kl-partner-card lang="id" name="Bank Desa" sector="swasta" href="https://bank.example/"
    ><p>Kredit mikro.</p></kl-partner-card
  >`;

/** Every element on a black page that asks for the dark scheme, loaded and rendered. */
async function onADarkPage(style = ''): Promise<HTMLElement[]> {
  const page = await fixture<HTMLDivElement>(
    html`<div style="background: #000; color: #fff; --kl-color-scheme: dark; ${style}">${ALL_ELEMENTS}</div>`,
  );
  const widgets = [...page.children] as HTMLElement[];
  for (const widget of widgets) {
    await loaded(widget);
  }
  return widgets;
}

const colours = (widgets: readonly Element[]) =>
  widgets.map((widget) => {
    const style = getComputedStyle(widget);
    return [widget.localName, style.color, style.backgroundColor];
  });

describe('without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5)', () => {
  const withoutLightDark = () => {
    // Renamed to a function nobody knows: custom properties keep it and fail where they are used, and
    // `@supports not (color: light-dark(…))` turns true, both as in such a browser.
    styleAsOlderEngine((text) => text.replaceAll('light-dark(', 'no-light-dark('));
  };

  it('shows every element in its light colours, readable on a dark page', async () => {
    withoutLightDark();
    const widgets = await onADarkPage();
    for (const [tag, color, background] of colours(widgets)) {
      expect([tag, color, background]).toEqual([tag, 'rgb(27, 31, 36)', 'rgb(255, 255, 255)']);
    }
    await expectNoAxeViolations(widgets[0]?.parentElement ?? document.body);
  });

  it('still takes the page’s own colours (--kl-color-*)', async () => {
    withoutLightDark();
    const widgets = await onADarkPage('--kl-color-text: #102030; --kl-color-background: #fffbe6;');
    for (const [tag, color, background] of colours(widgets)) {
      expect([tag, color, background]).toEqual([tag, 'rgb(16, 32, 48)', 'rgb(255, 251, 230)']);
    }
  });

  it('leaves browsers with light-dark() on the scheme the page asks for', async () => {
    const widgets = await onADarkPage();
    for (const [tag, color, background] of colours(widgets)) {
      expect([tag, color, background]).toEqual([tag, 'rgb(233, 237, 241)', 'rgb(20, 24, 28)']);
    }
  });
});

describe('without AbortSignal.any() (Chrome < 116, Firefox < 124, Safari < 17.4)', () => {
  const withoutAbortSignalAny = () => {
    removeFeature(AbortSignal, 'any');
    removeFeature(AbortSignal, 'timeout');
  };

  it('gives up on a content URL that never answers, with the localized timeout message', async () => {
    withoutAbortSignalAny();
    const faq = await fixture(
      html`<kl-faq-accordion lang="en" src="/__kl/hang" timeout="300"></kl-faq-accordion>`,
    );
    await loaded(faq);
    expect(alertText(faq)).toContain(
      formatMessage('en', messagesFor('en').common.errorTimeout, { seconds: 1 }),
    );
  });

  it('loads a content URL that answers', async () => {
    withoutAbortSignalAny();
    const faq = await fixture(
      html`<kl-faq-accordion
        lang="id"
        src=${jsonUrl(markerDocument('kl-faq-accordion', 'Lama'))}
      ></kl-faq-accordion>`,
    );
    await loaded(faq);
    expect(alertText(faq)).toBe('');
    expect(shownText(faq)).toContain('Pertanyaan Lama?');
  });

  it('aborts with the element’s own signal, and says whether the time ran out', async () => {
    withoutAbortSignalAny();
    const owner = new AbortController();
    const cancelled = withTimeout(owner.signal, 60_000);
    owner.abort();
    expect([cancelled.signal.aborted, cancelled.timedOut()]).toEqual([true, false]);
    const late = withTimeout(new AbortController().signal, 20);
    await new Promise((resolve) => {
      late.signal.addEventListener('abort', resolve, { once: true });
    });
    expect([late.timedOut(), (late.signal.reason as DOMException).name]).toEqual([true, 'TimeoutError']);
    const already = new AbortController();
    already.abort();
    expect(withTimeout(already.signal, 60_000).signal.aborted).toBe(true);
  });
});
