import type { TemplateResult } from 'lit';
import { expect } from 'vitest';
import { fixture } from '../../../test/fixture.js';
import '../../define/principle-checklist.js';
import { KlPrincipleChecklist } from '../principle-checklist.js';
import { STORAGE_PREFIX } from '../answers-store.js';

/** Mounts a checklist (alone or inside a wrapper) and waits until it has left the loading state. */
export async function mountChecklist(template: TemplateResult): Promise<KlPrincipleChecklist> {
  const host = await fixture(template);
  const checklist =
    host instanceof KlPrincipleChecklist ? host : host.querySelector('kl-principle-checklist');
  if (!checklist) throw new Error('no <kl-principle-checklist> in the template');
  await expect.poll(() => checklist.shadowRoot?.querySelector('.loading'), { timeout: 12_000 }).toBeNull();
  return checklist;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const one = (checklist: KlPrincipleChecklist, selector: string): HTMLElement | null =>
  checklist.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

export const checkboxes = (checklist: KlPrincipleChecklist) => [
  ...(checklist.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
];
/** Which boxes are ticked, as the reader sees them. */
export const ticks = (checklist: KlPrincipleChecklist) => checkboxes(checklist).map((box) => box.checked);
export const progressText = (checklist: KlPrincipleChecklist) =>
  squash(one(checklist, '.checklist__progress-text')?.textContent);
export const progressBar = (checklist: KlPrincipleChecklist) =>
  one(checklist, 'progress') as HTMLProgressElement | null;
export const liveRegion = (checklist: KlPrincipleChecklist) => one(checklist, '[role="status"]');
/** The advice items a reader sees: a checked principle's item stays in the DOM, hidden. */
export const adviceFor = (checklist: KlPrincipleChecklist) =>
  [...(checklist.shadowRoot?.querySelectorAll<HTMLElement>('[part="advice-item"]') ?? [])]
    .filter((item) => item.checkVisibility())
    .map((item) => ({
      principle: item.dataset.principle,
      text: squash(item.textContent),
    }));
export const confirmation = (checklist: KlPrincipleChecklist) =>
  squash(one(checklist, '[part="confirmation"]')?.textContent);
export const resetButton = (checklist: KlPrincipleChecklist) =>
  one(checklist, '[part="reset"]') as HTMLButtonElement | null;
export const note = (checklist: KlPrincipleChecklist) => squash(one(checklist, '[part="note"]')?.textContent);
export const alertText = (checklist: KlPrincipleChecklist) =>
  squash(one(checklist, '[role="alert"]')?.textContent);

/** Removes every answer the checklists stored, so each test starts from an empty browser. */
export function forgetStoredAnswers(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

/** A unique `storage-key` per test: answers kept in memory (when storage fails) are shared by key on a page. */
let serial = 0;
export const freshKey = () => `test-${String(Date.now())}-${String(++serial)}`;
