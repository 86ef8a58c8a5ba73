/**
 * Cards in browsers that lack a CSS feature we use (README, "Browser support"). All three test engines
 * have them, so our styles are read here as such a browser reads them (test/older-engine.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import '../../define/partner-cards.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { removeFeature, restoreEngine, styleAsOlderEngine } from '../../../test/older-engine.js';
import { mountCards, root } from './partner-cards-fixture.js';

afterEach(() => {
  restoreEngine();
  cleanupFixtures();
});

/** A card after a button, so Tab reaches its link from a known place; returns the card's link. */
async function linkReachedByTab(): Promise<HTMLAnchorElement> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button type="button">Sebelum</button>
      <kl-partner-card
        lang="id"
        name="Bank Desa"
        sector="swasta"
        href="https://bank.example/"
      ></kl-partner-card>
    </div>`,
  );
  const card = wrapper.querySelector('kl-partner-card');
  if (!card) throw new Error('no <kl-partner-card>');
  await card.updateComplete;
  wrapper.querySelector('button')?.focus();
  await userEvent.tab();
  const link = root(card).activeElement;
  if (!(link instanceof HTMLAnchorElement)) throw new Error('Tab did not reach the card’s link');
  return link;
}

describe('without :has() (Firefox < 121)', () => {
  it('keeps the focus ring on the link itself, as the card cannot draw it', async () => {
    // `:x-has(` is no selector at all: rules using it are dropped, and `@supports selector(:x-has(a))`
    // is false, as for `:has(` in such a browser.
    styleAsOlderEngine((text) => text.replaceAll(':has(', ':x-has('));
    const link = await linkReachedByTab();
    expect(getComputedStyle(link).outlineStyle).toBe('solid');
    expect(getComputedStyle(link.closest('.card') as Element).outlineStyle).toBe('none');
  });

  it('draws the ring around the whole card where :has() works', async () => {
    const link = await linkReachedByTab();
    expect(getComputedStyle(link).outlineStyle).toBe('none');
    expect(getComputedStyle(link.closest('.card') as Element).outlineStyle).toBe('solid');
  });
});

describe('without container queries (Chrome < 105, Firefox < 110, Safari < 16)', () => {
  it('shows the cards in one column at any width, still readable', async () => {
    // The control: at this width the cards stand side by side where container queries work.
    const wide = await mountCards(
      html`<div style="inline-size: 60em"><kl-partner-cards lang="id"></kl-partner-cards></div>`,
    );
    const columns = [...root(wide).querySelectorAll('.card')].map(
      (card) => card.getBoundingClientRect().left,
    );
    expect(new Set(columns).size).toBeGreaterThan(1);
    cleanupFixtures();
    // An at-rule nobody knows is skipped whole, as `@container` is there.
    styleAsOlderEngine((text) => text.replaceAll('@container', '@x-container'));
    const cards = await mountCards(
      html`<div style="inline-size: 60em"><kl-partner-cards lang="id"></kl-partner-cards></div>`,
    );
    const lefts = [...root(cards).querySelectorAll('.card')].map((card) => card.getBoundingClientRect().left);
    expect(lefts.length).toBeGreaterThan(1);
    expect(new Set(lefts).size).toBe(1);
    await expectNoAxeViolations(cards);
  });
});

describe('without URL.canParse() (Chrome < 120, Safari < 17)', () => {
  it('keeps a partner’s link and logo, and still refuses a javascript: link', async () => {
    removeFeature(URL, 'canParse');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <kl-partner-card
          lang="id"
          name="Bank Desa"
          href="https://bank.example/"
          logo="/__kl/status/404"
        ></kl-partner-card>
        <kl-partner-card lang="id" name="Jebakan" href="javascript:alert(1)"></kl-partner-card>
      </div>`,
    );
    const [safe, unsafe] = wrapper.querySelectorAll('kl-partner-card');
    if (!safe || !unsafe) throw new Error('two cards expected');
    await safe.updateComplete;
    await unsafe.updateComplete;
    expect(root(safe).querySelector('a')?.getAttribute('href')).toBe('https://bank.example/');
    expect(root(safe).querySelector('img')?.getAttribute('src')).toBe('/__kl/status/404');
    expect(root(unsafe).querySelector('a')).toBeNull();
  });
});
