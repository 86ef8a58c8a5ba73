/**
 * What every element does in a browser that lacks a feature we use, as the README's "Browser support"
 * describes: the feature is taken away here (test/older-engine.ts), since all three test engines have it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import '../../index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures, fixture, settle } from '../../../test/fixture.js';
import { restoreEngine, styleAsOlderEngine } from '../../../test/older-engine.js';
import { loaded } from '../../../test/hardening/widgets.js';

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
    if (widget.localName === 'kl-partner-card') await settle(widget);
    else await loaded(widget);
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
