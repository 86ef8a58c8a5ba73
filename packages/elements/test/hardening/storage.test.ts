/**
 * Another tab changes the saved answers while a checklist is open. The checklist's own tests cover a
 * synthetic storage event, a cleared storage and an unreadable value; these add what a real browser and
 * a busy page bring: events that really come from another document, events for someone else's key or
 * storage area, hostile values, a checklist that was off the page when the change happened, and one
 * that is still loading its content.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { formatMessage } from '@ketahanan/model';
import { messagesFor } from '../../src/shared/messages/index.js';
import { encodeAnswers, storageKeyFor } from '../../src/principle-checklist/answers-store.js';
import type { KlChangeDetail } from '../../src/principle-checklist/principle-checklist.js';
import {
  checkboxes,
  forgetStoredAnswers,
  freshKey,
  mountChecklist,
  ticks,
} from '../../src/principle-checklist/test/principle-checklist-fixture.js';
import { guardPage } from './page-guard.js';
import { jsonUrl } from './marker-content.js';
import { create, loaded, place } from './widgets.js';

const page = guardPage();
const pageKey = () => storageKeyFor(location.pathname);

let changes: KlChangeDetail[];
const record = (event: Event) => changes.push((event as CustomEvent<KlChangeDetail>).detail);
beforeEach(() => {
  forgetStoredAnswers();
  changes = [];
  document.addEventListener('kl-change', record);
});
afterEach(() => {
  forgetStoredAnswers();
  document.removeEventListener('kl-change', record);
});

/**
 * Another tab, as far as this page can tell: a same-origin document writes to the shared localStorage,
 * and the browser fires a real `storage` event at this window (never at the writer). Resolves once that
 * very event has been delivered here (after the checklists' own listeners, which were added first).
 */
async function otherTabWrites(key: string, value: string): Promise<StorageEvent> {
  const frame = place(document.createElement('iframe'));
  const storage = frame.contentWindow?.localStorage;
  if (!storage) throw new Error('no storage in the other document');
  const delivered = new Promise<StorageEvent>((resolve) => {
    const listener = (event: StorageEvent) => {
      if (event.key !== key || event.newValue !== value) return;
      window.removeEventListener('storage', listener);
      resolve(event);
    };
    window.addEventListener('storage', listener);
  });
  storage.setItem(key, value);
  return delivered;
}

describe('a change made in another tab', () => {
  it('arrives as a real storage event and updates the open checklist, its progress and its live region', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="en"></kl-principle-checklist>`);
    const event = await otherTabWrites(pageKey(), encodeAnswers(['visi-bersama', 'fleksibilitas']));
    expect(event.storageArea).toBe(localStorage);
    await expect
      .poll(() => checkboxes(checklist)[3]?.checked, { message: 'the other tab’s answers' })
      .toBeTruthy();
    expect(ticks(checklist)).toEqual([true, false, false, true]);
    expect(changes).toEqual([{ checked: ['visi-bersama', 'fleksibilitas'], total: 4 }]);
    const progress = formatMessage('en', messagesFor('en').checklist.progress, { count: 2, total: 4 });
    await expect
      .poll(() => checklist.shadowRoot?.querySelector('[role="status"]')?.textContent)
      .toContain(progress);
  });

  it('updates every checklist open on this page under that key, and none under another', async () => {
    const key = freshKey();
    await mountChecklist(
      html`<div>
        <kl-principle-checklist lang="id" storage-key=${key}></kl-principle-checklist>
        <kl-principle-checklist lang="id" storage-key=${key}></kl-principle-checklist>
        <kl-principle-checklist lang="id"></kl-principle-checklist>
      </div>`,
    );
    const [first, second, other] = document.querySelectorAll('kl-principle-checklist');
    if (!first || !second || !other) throw new Error('three checklists expected');
    await loaded(second);
    await loaded(other);
    await otherTabWrites(storageKeyFor('/elsewhere', key), encodeAnswers(['komunikasi-terbuka']));
    await expect
      .poll(() => checkboxes(second)[1]?.checked, { message: 'the second checklist follows' })
      .toBeTruthy();
    expect(ticks(first)).toEqual([false, true, false, false]);
    expect(ticks(other)).toEqual([false, false, false, false]);
  });

  it('is ignored when it is about sessionStorage, even under the same key', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    // Only this tab's frames share its sessionStorage, so such an event can only be made up here.
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: pageKey(),
        newValue: encodeAnswers(['visi-bersama']),
        storageArea: sessionStorage,
      }),
    );
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([false, false, false, false]);
    expect(changes).toEqual([]);
  });

  it('is ignored with persist="none"', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" persist="none"></kl-principle-checklist>`,
    );
    await otherTabWrites(pageKey(), encodeAnswers(['visi-bersama']));
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([false, false, false, false]);
  });

  const HOSTILE = [
    ['prototype keys as ids', '{"checked":["__proto__","constructor","prototype"]}'],
    ['a __proto__ wrapper', '{"__proto__":{"checked":["visi-bersama"]}}'],
    ['ids as a string', '{"checked":"visi-bersama"}'],
    ['an id with markup', '{"checked":["<img src=x onerror=window.__pwned=1>"]}'],
    [
      '100,000 ids',
      JSON.stringify({ checked: Array.from({ length: 100_000 }, (_, index) => `prinsip-${String(index)}`) }),
    ],
  ] as const;

  it.each(HOSTILE)('with %s: the open answers stay, nothing is polluted', async (_situation, value) => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    checklist.checked = ['tanggung-jawab-bersama'];
    await checklist.updateComplete;
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    await otherTabWrites(pageKey(), value);
    await checklist.updateComplete;
    // Readable answers are the other tab's, even when none of them is a principle here; the rest are
    // discarded and leave this tab's answers alone.
    const readable = value.startsWith('{"checked":["prinsip-');
    expect(ticks(checklist)).toEqual(readable ? [false, false, false, false] : [false, false, true, false]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).checked).toBeUndefined();
    expect(page.warnings).toEqual([]);
  });
});

describe('a change made while the checklist could not listen', () => {
  it('is shown when the checklist is put back on the page', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    const parent = checklist.parentElement;
    if (!parent) throw new Error('no parent');
    checklist.remove();
    await otherTabWrites(pageKey(), encodeAnswers(['fleksibilitas']));
    parent.append(checklist);
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([false, false, false, true]);
  });

  it('is shown once the content of a checklist that was still loading arrives', async () => {
    const content = jsonUrl({}, '&delay=400');
    const checklist = place(create('kl-principle-checklist', { lang: 'id', src: content }));
    await checklist.updateComplete;
    await otherTabWrites(pageKey(), encodeAnswers(['komunikasi-terbuka']));
    await loaded(checklist);
    expect(ticks(checklist)).toEqual([false, true, false, false]);
  });
});
