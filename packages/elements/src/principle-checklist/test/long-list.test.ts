// A site's own long checklist: its boxes and advice arrive a batch per task, a tick changes only its own
// principle, and answers that arrive while the list is still growing reach the boxes and advice made later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { emulateMedia, resetMedia } from '../../../test/media.js';
import type { KlPrincipleChecklist } from '../principle-checklist.js';
import {
  adviceFor,
  checkboxes,
  forgetStoredAnswers,
  mountChecklist,
  progressText,
} from './principle-checklist-fixture.js';

const principlesOf = (count: number) => ({
  principles: Array.from({ length: count }, (_, index) => ({
    id: `prinsip-${index}`,
    title: `Prinsip ${index}`,
    description: `Uraian prinsip ${index}.`,
  })),
});
const idsOf = (count: number) => principlesOf(count).principles.map((principle) => principle.id);
const shownAdvice = (checklist: KlPrincipleChecklist) => adviceFor(checklist).map((item) => item.principle);
/** Expects exactly these principles ticked: on their boxes, and missing from the advice the reader sees. */
function expectTicked(checklist: KlPrincipleChecklist, count: number, ticked: readonly string[]): void {
  expect(
    checkboxes(checklist)
      .filter((box) => box.checked)
      .map((box) => box.dataset.principle),
  ).toEqual(ticked);
  expect(shownAdvice(checklist)).toEqual(idsOf(count).filter((id) => !ticked.includes(id)));
}

/** Waits until every box and advice item of `count` principles has been made (the last batch is in). */
async function allThere(checklist: KlPrincipleChecklist, count: number): Promise<void> {
  await expect.poll(() => checkboxes(checklist).length, { timeout: 10_000 }).toBe(count);
  await expect
    .poll(() => checklist.shadowRoot?.querySelectorAll('[part="advice-item"]').length, { timeout: 10_000 })
    .toBe(count);
}

beforeEach(() => {
  forgetStoredAnswers();
});
afterEach(() => {
  forgetStoredAnswers();
});

// Hundreds of real clicks and an axe run: WebKit on a loaded CI machine took several times its usual 5–7 s.
// This bounds a wait, it measures nothing.
describe('a checklist of 300 principles', { timeout: 90_000 }, () => {
  it('ticks and unticks one principle: its box, its advice and the progress; every other advice stays', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(300)}></kl-principle-checklist>`,
    );
    await allThere(checklist, 300);
    const box = checkboxes(checklist)[120] as HTMLInputElement;
    box.scrollIntoView();

    await userEvent.click(box);
    await checklist.updateComplete;
    expect(checklist.checked).toEqual(['prinsip-120']);
    expect(progressText(checklist)).toMatch(/^1\D+300\b/);
    expectTicked(checklist, 300, ['prinsip-120']);

    await userEvent.click(box);
    await checklist.updateComplete;
    expect(progressText(checklist)).toMatch(/^0\D+300\b/);
    expectTicked(checklist, 300, []);
  });

  it('shows answers set while the list is still growing on the boxes and advice made afterwards', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(300)}></kl-principle-checklist>`,
    );
    // Set before the later batches exist, then a click on a box already there, in the same task: the
    // update that follows also brings new boxes and advice, which must show both answers.
    checklist.checked = ['prinsip-290'];
    const first = checkboxes(checklist)[0] as HTMLInputElement;
    first.click();
    await allThere(checklist, 300);
    await checklist.updateComplete;

    expect(checklist.checked).toEqual(['prinsip-0', 'prinsip-290']);
    expectTicked(checklist, 300, ['prinsip-0', 'prinsip-290']);
  });

  it('shows both answers when the `checked` setter and a click change different principles in one task', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(300)}></kl-principle-checklist>`,
    );
    await allThere(checklist, 300);
    checklist.checked = ['prinsip-10'];
    (checkboxes(checklist)[0] as HTMLInputElement).click();
    await checklist.updateComplete;

    expectTicked(checklist, 300, ['prinsip-0', 'prinsip-10']);
  });

  it('shows the confirmation when the last principle is ticked, and all advice but one when it is unticked', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(60)}></kl-principle-checklist>`,
    );
    await allThere(checklist, 60);
    checklist.checked = idsOf(60).slice(1);
    await checklist.updateComplete;
    const first = checkboxes(checklist)[0] as HTMLInputElement;
    first.scrollIntoView();

    await userEvent.click(first);
    await checklist.updateComplete;
    expect(checklist.shadowRoot?.querySelector('[part="confirmation"]')).not.toBeNull();
    expect(shownAdvice(checklist)).toEqual([]);

    const last = checkboxes(checklist)[59] as HTMLInputElement;
    last.scrollIntoView();
    await userEvent.click(last);
    await checklist.updateComplete;
    expect(checklist.shadowRoot?.querySelector('[part="confirmation"]')).toBeNull();
    expect(shownAdvice(checklist)).toEqual(['prinsip-59']);
  });

  it('skips the advice block while out of view only in a long list (a short one never, for contrast checkers), with no axe violations', async () => {
    const long = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(60)}></kl-principle-checklist>`,
    );
    const short = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(4)}></kl-principle-checklist>`,
    );
    const skipping = (checklist: KlPrincipleChecklist) =>
      getComputedStyle(checklist.shadowRoot?.querySelector('[part="advice"]') as Element).getPropertyValue(
        'content-visibility',
      );
    // An engine without content-visibility renders the block as any other: nothing to skip, nothing to check.
    const supported = CSS.supports('content-visibility', 'auto');
    expect(skipping(long)).toBe(supported ? 'auto' : '');
    expect(skipping(short)).toBe(supported ? 'visible' : '');
    await expectNoAxeViolations();
  });
});

describe('a long checklist on paper', () => {
  afterEach(resetMedia);

  it('prints the advice below the principles, never scrolled into view on screen', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${principlesOf(60)}></kl-principle-checklist>`,
    );
    await allThere(checklist, 60);
    // Which boxes are out of view is decided in the frames after the render.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const advice = checklist.shadowRoot?.querySelectorAll<HTMLElement>('[part="advice-item"]') ?? [];
    const lastAdvice = advice[advice.length - 1];
    if (!lastAdvice) throw new Error('no advice');
    expect(lastAdvice.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    await emulateMedia({ media: 'print' });
    await expect.poll(() => lastAdvice.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
  });
});
