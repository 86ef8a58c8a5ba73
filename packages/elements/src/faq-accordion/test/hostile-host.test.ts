import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import hostileCss from '../../../test/hostile.css?inline';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  answerVisible,
  focused,
  must,
  panelOf,
  questionButtons,
  rendered,
  root,
  toggleAllButton,
} from './faq-accordion-fixture.js';

let theme: HTMLStyleElement | undefined;

function applyHostileTheme(): void {
  theme = document.createElement('style');
  theme.textContent = hostileCss;
  document.head.append(theme);
}

afterEach(() => {
  theme?.remove();
  theme = undefined;
  cleanupFixtures();
});

/** Everything a reader would notice about the accordion's look, with the second answer open. */
function measure(faq: KlFaqAccordion): Record<string, string> {
  const box = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return `${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`;
  };
  const style = (element: Element, ...properties: string[]) =>
    properties
      .map((property) => `${property}=${getComputedStyle(element).getPropertyValue(property)}`)
      .join(' ');
  const [closed, open] = questionButtons(faq);
  if (!closed || !open) throw new Error('questions expected');
  const heading = must(open.parentElement, 'heading');
  const all = must(toggleAllButton(faq), 'show all');
  return {
    host: `${box(faq)} ${style(faq, 'font-size', 'line-height', 'font-family', 'color', 'letter-spacing')}`,
    heading: `${box(heading)} ${style(heading, 'font-size', 'text-transform', 'letter-spacing', 'margin')}`,
    button: `${box(open)} ${style(open, 'display', 'padding', 'cursor', 'text-align', 'box-sizing')}`,
    toggleAll: `${box(all)} ${style(all, 'display', 'border-top-width', 'padding', 'cursor')}`,
    closedPanel: box(panelOf(faq, closed)),
    openPanel: `${box(panelOf(faq, open))} ${style(panelOf(faq, open), 'line-height')}`,
  };
}

async function renderWithSecondOpen(): Promise<KlFaqAccordion> {
  const faq = await fixture<KlFaqAccordion>(
    html`<kl-faq-accordion lang="id" style="inline-size: 40em"></kl-faq-accordion>`,
  );
  must(questionButtons(faq)[1], 'second question').click();
  return rendered(faq);
}

describe('on a page whose CMS theme ships hostile global CSS', () => {
  it('looks exactly the same, size for size', async () => {
    const plain = measure(await renderWithSecondOpen());
    cleanupFixtures();
    applyHostileTheme();
    // The theme really is active on the page (html 62.5%, magenta body text).
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    const themed = measure(await renderWithSecondOpen());
    expect(themed).toEqual(plain);
  });

  it('keeps closed answers hidden despite [hidden]{display:block!important}', async () => {
    applyHostileTheme();
    const faq = await renderWithSecondOpen();
    const visible = questionButtons(faq).map((button) => answerVisible(faq, button));
    expect(visible).toEqual([false, true, false, false, false]);
  });

  it('still shows a focus ring despite *:focus{outline:none}, and keys still work', async () => {
    applyHostileTheme();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>sebelum</button><kl-faq-accordion lang="id"></kl-faq-accordion></div>`,
    );
    const faq = await rendered(must(wrapper.querySelector('kl-faq-accordion'), 'element'));
    must(wrapper.querySelector('button'), 'button before').focus();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{End}{Enter}');
    await rendered(faq);
    const last = must(questionButtons(faq)[4], 'last question');
    expect(focused(faq)).toBe(last);
    expect(getComputedStyle(last).outlineStyle).toBe('solid');
    expect(answerVisible(faq, last)).toBe(true);
    // Only the element: the theme's own magenta text around it is the page's business.
    await expectNoAxeViolations(faq);
  });
});

describe('under a strict Content-Security-Policy (style-src without unsafe-inline)', () => {
  it('styles itself only through adopted stylesheets: no style attribute, no <style> element', async () => {
    const faq = await renderWithSecondOpen();
    must(toggleAllButton(faq), 'show all').click();
    await rendered(faq);
    const shadow = root(faq);
    expect(shadow.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(shadow.querySelectorAll('style, link[rel="stylesheet"]')).toHaveLength(0);
    expect(shadow.querySelectorAll('[style]')).toHaveLength(0);
  });
});
