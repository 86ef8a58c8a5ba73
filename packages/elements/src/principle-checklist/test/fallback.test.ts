import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { challengesSection, type Locale } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { watchContentFailures } from '../../../test/content-failures.js';
import { messagesFor } from '../../shared/messages/index.js';
import { encodeAnswers, storageKeyFor } from '../answers-store.js';
import { readPrinciplesMarkup } from '../principles-markup.js';
import {
  adviceFor,
  alertText,
  checkboxes,
  forgetStoredAnswers,
  freshKey,
  mountChecklist,
  ticks,
} from './principle-checklist-fixture.js';

/** What a page writes inside the tag for readers without JavaScript (the documented format). */
const fallbackList = html`
  <ul>
    <li data-id="komunikasi-terbuka" data-prevents="komunikasi-kurang-efektif">
      <strong>Rapat Rutin</strong>: Semua mitra bertemu setiap bulan.
    </li>
    <li data-id="dana-bersama"><strong>Dana Bersama:</strong> Biaya kegiatan ditanggung bersama.</li>
  </ul>
`;
// A site's own wording of the article's "komunikasi-terbuka" (so the built-in challenge that calls for it
// stays, and data-prevents can name it) and a principle of its own.
const FALLBACK_IDS = ['komunikasi-terbuka', 'dana-bersama'];

const labels = (checklist: Element & { shadowRoot: ShadowRoot | null }) =>
  [...(checklist.shadowRoot?.querySelectorAll('label.checklist__label') ?? [])].map((label) =>
    label.textContent.trim(),
  );
const descriptions = (checklist: Element & { shadowRoot: ShadowRoot | null }) =>
  [...(checklist.shadowRoot?.querySelectorAll('.checklist__description') ?? [])].map((text) =>
    text.textContent.trim(),
  );
const json = (value: unknown) => `/__kl/json?body=${encodeURIComponent(JSON.stringify(value))}`;
const other = {
  principles: [{ id: 'dari-sumber-lain', title: 'Dari Sumber Lain', description: 'Bukan dari daftar.' }],
};

const page = watchContentFailures();

beforeEach(() => {
  forgetStoredAnswers();
});

afterEach(() => {
  forgetStoredAnswers();
});

describe.each(['id', 'en'] as const)('when the element upgrades (%s)', (locale: Locale) => {
  it('the <li> items become the principles, with advice from data-prevents', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale} storage-key=${freshKey()}
        >${fallbackList}</kl-principle-checklist
      >`,
    );
    expect(labels(checklist)).toEqual(['Rapat Rutin', 'Dana Bersama']);
    expect(descriptions(checklist)).toEqual([
      'Semua mitra bertemu setiap bulan.',
      'Biaya kegiatan ditanggung bersama.',
    ]);
    expect(checkboxes(checklist).map((box) => box.dataset.principle)).toEqual(FALLBACK_IDS);
    // The prevented challenge is the model's, in the element's language, with its solution.
    const challenge = challengesSection.defaults[locale].find(
      (item) => item.id === 'komunikasi-kurang-efektif',
    );
    const advice = adviceFor(checklist);
    expect(advice.map((item) => item.principle)).toEqual(FALLBACK_IDS);
    expect(advice[0]?.text).toContain(challenge?.title);
    expect(advice[0]?.text).toContain(challenge?.solution);
    // A principle that prevents nothing is advised with its own description.
    expect(advice[1]?.text).toContain('Biaya kegiatan ditanggung bersama.');
    // The light-DOM list is not shown next to the checkboxes.
    for (const item of checklist.querySelectorAll('li')) expect(item.getClientRects()).toHaveLength(0);
    await expectNoAxeViolations(checklist);
  });

  it('names a missing id in the reader’s language instead of guessing one', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}
        ><ul>
          <li data-id="rapat-rutin"><strong>Rapat Rutin</strong>: Bertemu tiap bulan.</li>
          <li><strong>Tanpa Id</strong>: Tidak ada data-id.</li>
        </ul></kl-principle-checklist
      >`,
    );
    const text = alertText(checklist);
    expect(text).toContain(messagesFor(locale).common.errorTitle);
    expect(text).toMatch(/principles\[1\]\.id/);
    expect(page.failures.map((failure) => failure.source)).toEqual(['markup']);
    expect(page.failures[0]?.problems.map((problem) => problem.path)).toEqual(['principles[1].id']);
    await expectNoAxeViolations(checklist);
  });
});

describe('the markup is only the fallback', () => {
  it('the content property wins; without it the markup shows', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${other}>${fallbackList}</kl-principle-checklist>`,
    );
    expect(labels(checklist)).toEqual(['Dari Sumber Lain']);
    checklist.content = undefined;
    await expect
      .poll(() => labels(checklist).join(), { message: 'the markup shows' })
      .toBe('Rapat Rutin,Dana Bersama');
  });

  it('inline JSON wins; once it is removed the markup shows', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id"
        ><script type="application/json">
          ${JSON.stringify(other)}
        </script>
        ${fallbackList}</kl-principle-checklist
      >`,
    );
    expect(labels(checklist)).toEqual(['Dari Sumber Lain']);
    checklist.querySelector('script')?.remove();
    await expect
      .poll(() => labels(checklist).join(), { message: 'the markup shows' })
      .toBe('Rapat Rutin,Dana Bersama');
  });

  it('src wins; once it is removed the markup shows', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" src=${json(other)}>${fallbackList}</kl-principle-checklist>`,
    );
    expect(labels(checklist)).toEqual(['Dari Sumber Lain']);
    checklist.removeAttribute('src');
    await expect
      .poll(() => labels(checklist).join(), { message: 'the markup shows' })
      .toBe('Rapat Rutin,Dana Bersama');
  });

  it('follows a list a CMS adds after the element connected', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    expect(checkboxes(checklist)).toHaveLength(4);
    checklist.insertAdjacentHTML(
      'beforeend',
      '<ul><li data-id="baru"><strong>Baru</strong>: Ditambahkan kemudian.</li></ul>',
    );
    await expect
      .poll(() => labels(checklist).join(), { message: 'the added list becomes the content' })
      .toBe('Baru');
  });
});

describe('answers to principles from the markup', () => {
  it('are kept under their own ids and restored after a reload', async () => {
    const key = freshKey();
    const template = html`<kl-principle-checklist lang="id" storage-key=${key}
      >${fallbackList}</kl-principle-checklist
    >`;
    const first = await mountChecklist(template);
    await userEvent.click(checkboxes(first)[1] as HTMLElement);
    expect(localStorage.getItem(storageKeyFor(location.pathname, key))).toBe(encodeAnswers(['dana-bersama']));
    cleanupFixtures();
    const again = await mountChecklist(template);
    expect(ticks(again)).toEqual([false, true]);
    expect(again.checked).toEqual(['dana-bersama']);
  });

  it('two checklists on one page with the same list and two keys stay apart, and axe finds nothing', async () => {
    const host = await mountChecklist(
      html`<div>
        <kl-principle-checklist lang="id" storage-key=${freshKey()}>${fallbackList}</kl-principle-checklist>
        <kl-principle-checklist lang="id" storage-key=${freshKey()}>${fallbackList}</kl-principle-checklist>
      </div>`,
    );
    const [first, second] = [...document.querySelectorAll('kl-principle-checklist')];
    if (!first || !second) throw new Error('expected two checklists');
    await expect.poll(() => labels(second).length, { message: 'second checklist read its list' }).toBe(2);
    expect(labels(host)).toEqual(['Rapat Rutin', 'Dana Bersama']);
    await userEvent.click(checkboxes(first)[0] as HTMLElement);
    expect(first.checked).toEqual(['komunikasi-terbuka']);
    expect(second.checked).toEqual([]);
    await expectNoAxeViolations(document.body);
  });
});

describe('readPrinciplesMarkup', () => {
  it('reads nothing when there is no list', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>Hanya teks</p>';
    expect(readPrinciplesMarkup(host)).toBeUndefined();
  });

  it('takes the id from `id` when there is no data-id, reads an <ol>, and leaves out empty parts', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<ol><li id="x"><b> Judul\n  panjang </b> : Uraian\n singkat.</li><li>Tanpa label</li><li data-id="y"></li></ol>';
    expect(readPrinciplesMarkup(host)).toEqual({
      principles: [
        { id: 'x', title: 'Judul panjang', description: 'Uraian singkat.' },
        { description: 'Tanpa label' },
        { id: 'y' },
      ],
    });
  });
});
