import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import type { TemplateResult } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import '../../define/partner-cards.js';
import { KlPartnerCards } from '../partner-cards.js';

/** The two languages every behaviour is checked in. */
export const LOCALES = ['id', 'en'] as const;

/**
 * Per test: sets `<html lang="id">`, removes fixtures, silences (and records) the elements' console warnings, and fails the test on
 * any uncaught error or unhandled rejection on the page. Returns the warning spy holder.
 */
export function guardPage(): { warn: MockInstance<typeof console.warn> } {
  const spies = {} as { warn: MockInstance<typeof console.warn> };
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  beforeEach(() => {
    // The test page says lang="en"; the elements' own default language is Indonesian, like our readers'.
    document.documentElement.lang = 'id';
    errors.length = 0;
    spies.warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    cleanupFixtures();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    vi.restoreAllMocks();
    expect(errors, 'uncaught errors on the page').toEqual([]);
  });
  return spies;
}

/** Mounts `template` (its first element or first `kl-partner-cards` inside) and waits for its content. */
export async function mountCards(template: TemplateResult): Promise<KlPartnerCards> {
  const first = await fixture(template);
  const cards = first instanceof KlPartnerCards ? first : first.querySelector('kl-partner-cards');
  if (!cards) throw new Error('mountCards: no <kl-partner-cards> in the template');
  await loaded(cards);
  return cards;
}

/** Waits until the element left its loading state. */
export async function loaded(cards: KlPartnerCards): Promise<void> {
  await expect.poll(() => cards.shadowRoot?.querySelector('.loading'), { timeout: 12_000 }).toBeNull();
}

export function root(cards: HTMLElement): ShadowRoot {
  const shadow = cards.shadowRoot;
  if (!shadow) throw new Error('no shadow root');
  return shadow;
}

/** Waits until all `count` cards are in the DOM: large lists arrive in batches after the first render. */
export async function allRendered(cards: HTMLElement, count: number): Promise<void> {
  await expect.poll(() => root(cards).querySelectorAll('.list > li').length).toBe(count);
}

/** The items a reader sees (not hidden by the filter). */
export function shownItems(cards: HTMLElement): HTMLLIElement[] {
  return [...root(cards).querySelectorAll<HTMLLIElement>('.list > li')].filter((item) => !item.hidden);
}

/** Card headings of the shown items, in order. */
export function shownNames(cards: HTMLElement): string[] {
  return shownItems(cards).map((item) => item.querySelector('.card__name')?.textContent.trim() ?? '');
}

/** The live region's text (count or empty-result message). */
export function statusText(cards: HTMLElement): string {
  return root(cards).querySelector('[role="status"]')?.textContent.trim().replace(/\s+/g, ' ') ?? '';
}

export function filterSelect(cards: HTMLElement, name: 'sector' | 'area'): HTMLSelectElement {
  const select = root(cards).querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (!select) throw new Error(`no ${name} select`);
  return select;
}

export function alertText(element: HTMLElement): string {
  return root(element).querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}
