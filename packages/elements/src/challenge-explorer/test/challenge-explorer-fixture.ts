import type { TemplateResult } from 'lit';
import { page } from 'vitest/browser';
import { expect } from 'vitest';
import { fixture } from '../../../test/fixture.js';
import '../../define/challenge-explorer.js';
import { KlChallengeExplorer } from '../challenge-explorer.js';

/**
 * Mounts an explorer and waits until it has left the loading state. The test frame is widened to a desktop
 * page first: Vitest's default frame (414px) is narrow enough that the explorer stacks its challenges.
 */
export async function mountExplorer(template: TemplateResult): Promise<KlChallengeExplorer> {
  await page.viewport(1024, 768);
  const host = await fixture(template);
  const explorer = host instanceof KlChallengeExplorer ? host : host.querySelector('kl-challenge-explorer');
  if (!explorer) throw new Error('no <kl-challenge-explorer> in the template');
  await expect.poll(() => explorer.shadowRoot?.querySelector('.loading'), { timeout: 12_000 }).toBeNull();
  return explorer;
}

const all = <T extends Element>(explorer: KlChallengeExplorer, selector: string): T[] => [
  ...(explorer.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

export const tabs = (explorer: KlChallengeExplorer) => all<HTMLElement>(explorer, '[role="tab"]');
export const panels = (explorer: KlChallengeExplorer) => all<HTMLElement>(explorer, '[role="tabpanel"]');
export const tablist = (explorer: KlChallengeExplorer) =>
  explorer.shadowRoot?.querySelector<HTMLElement>('[role="tablist"]') ?? null;

export const tabTitles = (explorer: KlChallengeExplorer) =>
  tabs(explorer).map((tab) => tab.textContent.trim());

/** The tab the reader sees as selected, by its ARIA state. */
export const selectedTab = (explorer: KlChallengeExplorer) =>
  tabs(explorer).find((tab) => tab.getAttribute('aria-selected') === 'true');

/** The panels a reader can see (not `hidden`, and laid out). */
export const visiblePanels = (explorer: KlChallengeExplorer) =>
  panels(explorer).filter((panel) => panel.checkVisibility());

/** The element inside the explorer's shadow root that has focus. */
export const focused = (explorer: KlChallengeExplorer) => explorer.shadowRoot?.activeElement ?? null;

export const alertText = (explorer: KlChallengeExplorer) =>
  explorer.shadowRoot?.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Checks the ARIA wiring a screen reader relies on: each tab controls its panel, each panel is named by its tab. */
export function ariaWiring(explorer: KlChallengeExplorer): string[] {
  const problems: string[] = [];
  const root = explorer.shadowRoot;
  for (const tab of tabs(explorer)) {
    const panel = root?.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (!panel || panel.getAttribute('role') !== 'tabpanel') problems.push(`${tab.id} controls no tabpanel`);
    else if (panel.getAttribute('aria-labelledby') !== tab.id)
      problems.push(`${panel.id} not labelled by ${tab.id}`);
    const selected = tab.getAttribute('aria-selected') === 'true';
    if (tab.tabIndex !== (selected ? 0 : -1)) problems.push(`${tab.id} tabindex ${String(tab.tabIndex)}`);
    if (panel && panel.hidden === selected) problems.push(`${panel.id} hidden=${String(panel.hidden)}`);
  }
  return problems;
}
