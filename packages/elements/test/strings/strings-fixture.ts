/** Shared set-up of the UI-string tests: a clean page, a console spy, and what a reader sees. */
import { afterEach, vi } from 'vitest';
import { cleanupFixtures } from '../fixture.js';
import { clearLanguagePacks } from '../../src/shared/messages/language-packs.js';
import '../../src/define/faq-accordion.js';
import '../../src/define/principle-checklist.js';
import type { KlFaqAccordion } from '../../src/faq-accordion/faq-accordion.js';
import type { KlPrincipleChecklist } from '../../src/principle-checklist/principle-checklist.js';

export function resetPageStrings(): void {
  afterEach(() => {
    cleanupFixtures();
    clearLanguagePacks();
    document.documentElement.lang = 'id';
    for (const script of document.querySelectorAll('script[data-kl-language-pack]')) script.remove();
    vi.restoreAllMocks();
  });
}

/** Console warnings, as `[ketahanan KL302] …` lines. */
export function spyWarnings(): () => string[] {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => spy.mock.calls.map(([text]) => String(text));
}

export const toggleAllText = (faq: KlFaqAccordion): string | undefined =>
  faq.shadowRoot?.querySelector('[part="toggle-all"]')?.textContent.trim();

export const firstQuestion = (faq: KlFaqAccordion): string | undefined =>
  faq.shadowRoot?.querySelector('[part="button"]')?.textContent.trim();

export const progressText = (checklist: KlPrincipleChecklist): string | undefined =>
  checklist.shadowRoot?.querySelector('[part="progress"]')?.textContent.replace(/\s+/g, ' ').trim();

/** Lets the `lang` observers' microtask run, then one update: as a framework would wait. */
export async function settled(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}
