import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { challengesSection, type Locale } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import type { KlChallengeExplorer } from '../challenge-explorer.js';
import {
  ariaWiring,
  focused,
  mountExplorer,
  selectedTab,
  tabs,
  visiblePanels,
} from './challenge-explorer-fixture.js';

afterEach(cleanupFixtures);

const focusedTitle = (explorer: KlChallengeExplorer) => focused(explorer)?.textContent.trim();
const selectedTitle = (explorer: KlChallengeExplorer) => selectedTab(explorer)?.textContent.trim();

/** A focusable button before the explorer, so Tab order can be followed from outside it. */
const withButtonBefore = (locale: Locale, activation = 'auto') =>
  html`<div>
    <button type="button" id="before">Sebelum</button>
    <kl-challenge-explorer lang=${locale} activation=${activation}></kl-challenge-explorer>
  </div>`;

async function tabIntoTablist(): Promise<void> {
  const before = document.getElementById('before');
  before?.focus();
  await userEvent.tab();
}

describe.each(['id', 'en'] as const)('keyboard, automatic activation (%s)', (locale) => {
  const titles = challengesSection.defaults[locale].map((challenge) => challenge.title);

  it('Tab enters on the selected tab, then moves to its panel, then leaves', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale));
    // Something to leave to: past the page's last focusable element focus leaves the test page, and
    // Firefox then keeps that element as the page's activeElement.
    const after = document.createElement('button');
    after.textContent = 'Sesudah';
    explorer.after(after);
    await userEvent.click(tabs(explorer)[1] as HTMLElement);
    await tabIntoTablist();
    expect(focusedTitle(explorer)).toBe(titles[1]);
    await userEvent.tab();
    expect(focused(explorer)?.getAttribute('role')).toBe('tabpanel');
    expect(focused(explorer)?.getAttribute('aria-labelledby')).toBe(tabs(explorer)[1]?.id);
    await userEvent.tab();
    expect(focused(explorer)).toBeNull();
    expect(document.activeElement).toBe(after);
  });

  it('ArrowRight and ArrowLeft select the next and previous tab and wrap around', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale));
    await tabIntoTablist();
    const seen: (string | undefined)[] = [];
    for (const key of ['{ArrowRight}', '{ArrowRight}', '{ArrowRight}', '{ArrowLeft}']) {
      await userEvent.keyboard(key);
      await explorer.updateComplete;
      expect(focusedTitle(explorer)).toBe(selectedTitle(explorer));
      expect(ariaWiring(explorer)).toEqual([]);
      seen.push(selectedTitle(explorer));
    }
    expect(seen).toEqual([titles[1], titles[2], titles[0], titles[2]]);
    expect(visiblePanels(explorer).map((panel) => panel.getAttribute('aria-labelledby'))).toEqual([
      selectedTab(explorer)?.id,
    ]);
    await expectNoAxeViolations(explorer);
  });

  it('Home and End select the first and last tab', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale));
    await tabIntoTablist();
    await userEvent.keyboard('{End}');
    await explorer.updateComplete;
    expect([focusedTitle(explorer), selectedTitle(explorer)]).toEqual([titles.at(-1), titles.at(-1)]);
    await userEvent.keyboard('{Home}');
    await explorer.updateComplete;
    expect([focusedTitle(explorer), selectedTitle(explorer)]).toEqual([titles[0], titles[0]]);
    expect(ariaWiring(explorer)).toEqual([]);
  });

  it('leaves other keys alone (ArrowDown does not move the selection)', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale));
    await tabIntoTablist();
    await userEvent.keyboard('{ArrowDown}');
    await explorer.updateComplete;
    expect(selectedTitle(explorer)).toBe(titles[0]);
  });
});

describe.each(['id', 'en'] as const)('keyboard, activation="manual" (%s)', (locale) => {
  const titles = challengesSection.defaults[locale].map((challenge) => challenge.title);

  it('arrows and Home/End move focus only; the selection and the tab stop stay', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale, 'manual'));
    await tabIntoTablist();
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedTitle(explorer)).toBe(titles[1]);
    expect(selectedTitle(explorer)).toBe(titles[0]);
    await userEvent.keyboard('{End}');
    expect(focusedTitle(explorer)).toBe(titles.at(-1));
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedTitle(explorer)).toBe(titles[0]);
    await userEvent.keyboard('{ArrowLeft}{Home}');
    expect(focusedTitle(explorer)).toBe(titles[0]);
    await explorer.updateComplete;
    expect(selectedTitle(explorer)).toBe(titles[0]);
    expect(ariaWiring(explorer)).toEqual([]);
  });

  it('Enter selects the focused tab', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale, 'manual'));
    await tabIntoTablist();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await explorer.updateComplete;
    expect(selectedTitle(explorer)).toBe(titles[1]);
    expect(ariaWiring(explorer)).toEqual([]);
  });

  it('Space selects the focused tab', async () => {
    const explorer = await mountExplorer(withButtonBefore(locale, 'manual'));
    await tabIntoTablist();
    await userEvent.keyboard('{End}[Space]');
    await explorer.updateComplete;
    expect(selectedTitle(explorer)).toBe(titles.at(-1));
    expect(ariaWiring(explorer)).toEqual([]);
    await expectNoAxeViolations(explorer);
  });
});
