/** Mounting the studio as a page would, with storage in a known state, and the things tests look at. */
import { page } from 'vitest/browser';
import '../studio.css';
import '../studio-app.js';
import type { StudioApp } from '../studio-app.js';

let mounted: StudioApp | undefined;

/** A fresh studio; `keepStorage` mounts it over what an earlier one saved (what a reload does). */
export async function mountStudio(options: { keepStorage?: boolean } = {}): Promise<StudioApp> {
  if (!options.keepStorage) localStorage.clear();
  unmountStudio();
  const app = document.createElement('studio-app');
  document.body.append(app);
  mounted = app;
  await app.updateComplete;
  return app;
}

export function unmountStudio(): void {
  mounted?.remove();
  mounted = undefined;
}

export function cleanupStudio(): void {
  unmountStudio();
  localStorage.clear();
  document.documentElement.lang = 'id';
}

export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} not found`);
  return value;
}

/** The names the preview's partner cards show, as a visitor reads them. */
export function previewPartnerNames(): string[] {
  const cards = must(document.querySelector('studio-preview kl-partner-cards'), 'partner cards');
  return [...(cards.shadowRoot?.querySelectorAll('[part~="name"]') ?? [])].map((name) =>
    name.textContent.trim(),
  );
}

/** The questions the preview's FAQ shows. */
export function previewQuestions(): string[] {
  const faq = must(document.querySelector('studio-preview kl-faq-accordion'), 'FAQ');
  return [...(faq.shadowRoot?.querySelectorAll('[part~="question"]') ?? [])].map((question) =>
    question.textContent.trim(),
  );
}

/** The text of the element(s) an input's `aria-describedby` names: what a screen reader says with it. */
export function description(input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent.trim() ?? '').join(' ');
}

export const input = (label: string, nth = 0) => page.getByLabelText(label, { exact: true }).nth(nth);
export const button = (name: string, nth = 0) => page.getByRole('button', { name, exact: true }).nth(nth);

/** What the studio's live region says now (the widgets in the preview have live regions of their own). */
export function studioStatus(): string {
  return must(document.querySelector('studio-app > [role="status"]'), 'status').textContent.trim();
}
