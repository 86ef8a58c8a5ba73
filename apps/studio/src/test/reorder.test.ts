import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultContent } from '@ketahanan/model';
import {
  button,
  cleanupStudio,
  input,
  mountStudio,
  previewQuestions,
  studioStatus,
} from './studio-fixture.js';

afterEach(cleanupStudio);

const questions = defaultContent.id.faq.map((item) => item.question);
const formQuestions = () =>
  [...document.querySelectorAll<HTMLInputElement>('[id^="field-faq-"][id$="-question-id"]')].map(
    (field) => field.value,
  );

describe('when a site owner reorders and removes items with the keyboard', () => {
  it('moves a question down with Enter and again with Space, focus following it', async () => {
    await mountStudio();
    (button('Turunkan', 0).element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(formQuestions().slice(0, 2)).toEqual([questions[1], questions[0]]);
    await expect.element(button('Turunkan', 1)).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(formQuestions().slice(0, 3)).toEqual([questions[1], questions[2], questions[0]]);
    await expect.element(button('Turunkan', 2)).toHaveFocus();
    await expect.poll(studioStatus).toContain(`sekarang di posisi 3 dari ${questions.length}`);
    await expect.poll(() => previewQuestions().slice(0, 3)).toEqual(formQuestions().slice(0, 3));
  });

  it('moves the last question up, and keeps focus on a usable button at the top', async () => {
    await mountStudio();
    const last = questions.length - 1;
    (button('Naikkan', last).element() as HTMLButtonElement).focus();
    for (let step = 0; step < last; step += 1) await userEvent.keyboard('{Enter}');
    expect(formQuestions()[0]).toBe(questions[last]);
    // "Move up" is disabled at the top, so focus moved to the item's "Move down".
    await expect.element(button('Turunkan', 0)).toHaveFocus();
  });

  it('removes a question and moves focus to the next one’s remove button', async () => {
    await mountStudio();
    (button('Hapus', 0).element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(formQuestions()).toEqual(questions.slice(1));
    await expect.element(button('Hapus', 0)).toHaveFocus();
    await expect.poll(studioStatus).toContain(`Dihapus: Pertanyaan 1: ${questions[0]}`);
    await expect.element(input('Pertanyaan (Bahasa Indonesia)')).toHaveValue(questions[1]);
  });
});
