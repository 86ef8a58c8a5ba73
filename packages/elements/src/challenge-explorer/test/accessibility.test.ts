import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { challengesSection, type Locale } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { messagesFor } from '../../shared/messages/index.js';
import {
  ariaWiring,
  focused,
  mountExplorer,
  panels,
  selectedTab,
  tablist,
  tabs,
} from './challenge-explorer-fixture.js';

afterEach(cleanupFixtures);

describe.each(['id', 'en'] as const)('accessibility (%s)', (locale: Locale) => {
  const challenges = challengesSection.defaults[locale];

  it('is a tablist named in the reader’s language, one tab per challenge, the first selected', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang=${locale}></kl-challenge-explorer>`,
    );
    expect(tablist(explorer)?.getAttribute('aria-label')).toBe(messagesFor(locale).explorer.tablistLabel);
    expect(tabs(explorer)).toHaveLength(challenges.length);
    expect(tabs(explorer).every((tab) => tab.localName === 'button')).toBe(true);
    expect(selectedTab(explorer)?.textContent.trim()).toBe(challenges[0]?.title);
    expect(ariaWiring(explorer)).toEqual([]);
    await expectNoAxeViolations(explorer);
  });

  it('keeps every tab and panel wired after each selection, with no axe violation', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang=${locale}></kl-challenge-explorer>`,
    );
    for (const index of [1, 2, 0]) {
      const tab = tabs(explorer)[index];
      if (!tab) throw new Error(`no tab ${String(index)}`);
      await userEvent.click(tab);
      expect(tab.getAttribute('aria-selected')).toBe('true');
      expect(tabs(explorer).filter((other) => other.getAttribute('aria-selected') === 'true')).toHaveLength(
        1,
      );
      expect(ariaWiring(explorer)).toEqual([]);
    }
    await expectNoAxeViolations(explorer);
  });

  it('makes a panel without focusable content reachable with Tab', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang=${locale}></kl-challenge-explorer>`,
    );
    for (const panel of panels(explorer)) {
      expect(panel.querySelector('a, button, input, [tabindex]')).toBeNull();
      expect(panel.tabIndex).toBe(0);
    }
  });

  it('has no axe violation in dark mode, before and after interaction', async () => {
    const explorer = await mountExplorer(
      html`<div style="--kl-color-scheme: dark">
        <kl-challenge-explorer lang=${locale}></kl-challenge-explorer>
      </div>`,
    );
    expect(getComputedStyle(explorer).colorScheme).toBe('dark');
    await expectNoAxeViolations(explorer);
    const second = tabs(explorer)[1];
    if (!second) throw new Error('no second tab');
    await userEvent.click(second);
    await expectNoAxeViolations(explorer);
  });

  it('shows a visible focus ring on the tab reached with the keyboard', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang=${locale}></kl-challenge-explorer>`,
    );
    await userEvent.tab();
    const tab = focused(explorer) as HTMLElement | null;
    expect(tab?.getAttribute('role')).toBe('tab');
    expect(tab?.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(tab as HTMLElement);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
