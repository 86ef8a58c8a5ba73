import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { messagesFor } from '../../shared/messages/index.js';
import { encodeAnswers, storageKeyFor } from '../answers-store.js';
import type { KlChangeDetail } from '../principle-checklist.js';
import {
  checkboxes,
  forgetStoredAnswers,
  freshKey,
  mountChecklist,
  note,
  progressText,
  resetButton,
  ticks,
} from './principle-checklist-fixture.js';

const pageKey = () => storageKeyFor(location.pathname);

let changes: KlChangeDetail[];
const record = (event: Event) => changes.push((event as CustomEvent<KlChangeDetail>).detail);

beforeEach(() => {
  forgetStoredAnswers();
  changes = [];
  document.addEventListener('kl-change', record);
});
afterEach(() => {
  cleanupFixtures();
  vi.restoreAllMocks(); // before touching storage: some tests make it throw
  if (localStorageProperty) Object.defineProperty(window, 'localStorage', localStorageProperty);
  forgetStoredAnswers();
  document.removeEventListener('kl-change', record);
});

const localStorageProperty = Object.getOwnPropertyDescriptor(window, 'localStorage');

/**
 * `window.localStorage` throwing, as in a sandboxed frame or with storage blocked. The property is
 * deleted and defined again, not only redefined (what vi.spyOn does): WebKit's JIT keeps calling the
 * original getter from code that already read it, unless the property is removed first.
 */
function blockLocalStorage(): void {
  if (!localStorageProperty) throw new Error('localStorage is not an own property of window here');
  Reflect.deleteProperty(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Mounts, removes and mounts again: what a reload does to the element. */
async function reload(template: ReturnType<typeof html>) {
  cleanupFixtures();
  return mountChecklist(template);
}

describe('answers are kept', () => {
  it('restores them after a reload, without a kl-change for the restore', async () => {
    const template = html`<kl-principle-checklist lang="id"></kl-principle-checklist>`;
    const first = await mountChecklist(template);
    await userEvent.click(checkboxes(first)[0] as HTMLElement);
    await userEvent.click(checkboxes(first)[2] as HTMLElement);
    expect(localStorage.getItem(pageKey())).toBe(encodeAnswers(['visi-bersama', 'tanggung-jawab-bersama']));
    changes = [];
    const again = await reload(template);
    expect(ticks(again)).toEqual([true, false, true, false]);
    expect(progressText(again)).toBe('2 dari 4 prinsip terpenuhi');
    expect(changes).toEqual([]);
    expect(note(again)).toBe('');
  });

  it('follows another tab (a real storage event) and fires kl-change', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="en"></kl-principle-checklist>`);
    const newValue = encodeAnswers(['fleksibilitas']);
    window.dispatchEvent(
      new StorageEvent('storage', { key: pageKey(), newValue, storageArea: localStorage }),
    );
    await expect
      .poll(() => checkboxes(checklist)[3]?.checked, { message: 'the other tab’s answer' })
      .toBeTruthy();
    expect(ticks(checklist)).toEqual([false, false, false, true]);
    expect(changes).toEqual([{ checked: ['fleksibilitas'], total: 4 }]);
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await expect
      .poll(() => !checkboxes(checklist)[3]?.checked, { message: 'the other tab cleared storage' })
      .toBeTruthy();
  });

  it('ignores another tab’s unreadable value instead of wiping the answers', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="en"></kl-principle-checklist>`);
    await userEvent.click(checkboxes(checklist)[1] as HTMLElement);
    window.dispatchEvent(
      new StorageEvent('storage', { key: pageKey(), newValue: 'rusak', storageArea: localStorage }),
    );
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([false, true, false, false]);
  });

  it('with persist="none", keeps nothing', async () => {
    const template = html`<kl-principle-checklist lang="id" persist="none"></kl-principle-checklist>`;
    const first = await mountChecklist(template);
    await userEvent.click(checkboxes(first)[0] as HTMLElement);
    expect(localStorage.getItem(pageKey())).toBeNull();
    const again = await reload(template);
    expect(ticks(again)).toEqual([false, false, false, false]);
  });

  it('with storage-key, shares answers under that key and keeps two checklists apart', async () => {
    const [a, b] = [freshKey(), freshKey()];
    const first = await mountChecklist(
      html`<div>
        <kl-principle-checklist lang="id" storage-key=${a}></kl-principle-checklist>
        <kl-principle-checklist lang="id" storage-key=${b}></kl-principle-checklist>
      </div>`,
    );
    await userEvent.click(checkboxes(first)[0] as HTMLElement);
    expect(localStorage.getItem(storageKeyFor('/elsewhere', a))).toBe(encodeAnswers(['visi-bersama']));
    expect(localStorage.getItem(storageKeyFor('/elsewhere', b))).toBeNull();
    expect(localStorage.getItem(pageKey())).toBeNull();
    const second = document.querySelectorAll('kl-principle-checklist')[1];
    expect(second && ticks(second)).toEqual([false, false, false, false]);
  });

  it('the reset button forgets the stored answers', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    await userEvent.click(resetButton(checklist) as HTMLElement);
    expect(localStorage.getItem(pageKey())).toBeNull();
    const again = await reload(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    expect(ticks(again)).toEqual([false, false, false, false]);
  });
});

describe('when storage misbehaves, the checklist still works', () => {
  it('discards corrupt stored data', async () => {
    localStorage.setItem(pageKey(), '{"checked": [tidak valid');
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    expect(ticks(checklist)).toEqual([false, false, false, false]);
    expect(localStorage.getItem(pageKey())).toBeNull();
    await userEvent.click(checkboxes(checklist)[1] as HTMLElement);
    expect(localStorage.getItem(pageKey())).toBe(encodeAnswers(['komunikasi-terbuka']));
  });

  it('ignores ids no principle has (an older version, another site’s content)', async () => {
    localStorage.setItem(pageKey(), encodeAnswers(['visi-bersama', 'prinsip-lama']));
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    expect(ticks(checklist)).toEqual([true, false, false, false]);
    expect(checklist.checked).toEqual(['visi-bersama']);
  });

  it('works in memory when reading localStorage itself throws (blocked storage)', async () => {
    blockLocalStorage();
    const key = freshKey();
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" storage-key=${key}></kl-principle-checklist>`,
    );
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    expect(ticks(checklist)).toEqual([true, false, false, false]);
    expect(note(checklist)).toBe(messagesFor('id').checklist.notSaved);
    await expectNoAxeViolations(checklist);
  });

  it('works in memory when every storage call throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="en" storage-key=${freshKey()}></kl-principle-checklist>`,
    );
    await userEvent.click(checkboxes(checklist)[2] as HTMLElement);
    expect(ticks(checklist)).toEqual([false, false, true, false]);
    expect(progressText(checklist)).toBe('1 of 4 principle in place');
    expect(note(checklist)).toBe(messagesFor('en').checklist.notSaved);
  });

  it('keeps working when the quota is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" storage-key=${freshKey()}></kl-principle-checklist>`,
    );
    expect(note(checklist)).toBe('');
    for (const box of checkboxes(checklist).slice(0, 3)) await userEvent.click(box);
    expect(ticks(checklist)).toEqual([true, true, true, false]);
    expect(progressText(checklist)).toBe('3 dari 4 prinsip terpenuhi');
    expect(changes).toHaveLength(3);
    expect(note(checklist)).toBe(messagesFor('id').checklist.notSaved);
  });
});
