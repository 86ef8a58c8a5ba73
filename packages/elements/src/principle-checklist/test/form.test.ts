import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { storageKeyFor } from '../answers-store.js';
import { KlPrincipleChecklist } from '../principle-checklist.js';
import {
  checkboxes,
  forgetStoredAnswers,
  mountChecklist,
  resetButton,
  ticks,
} from './principle-checklist-fixture.js';

beforeEach(forgetStoredAnswers);
afterEach(() => {
  cleanupFixtures();
  forgetStoredAnswers();
});

const formOf = (checklist: KlPrincipleChecklist) => {
  const form = checklist.closest('form');
  if (!form) throw new Error('no form');
  return form;
};

describe('in a form', () => {
  it('is form-associated', () => {
    expect(KlPrincipleChecklist.formAssociated).toBe(true);
  });

  it('submits each checked principle id under its name', async () => {
    const checklist = await mountChecklist(
      html`<form>
        <input name="desa" value="Mekar" /><kl-principle-checklist
          lang="id"
          name="prinsip"
        ></kl-principle-checklist>
      </form>`,
    );
    expect(checklist.form).toBe(formOf(checklist));
    expect(new FormData(formOf(checklist)).getAll('prinsip')).toEqual([]);
    await userEvent.click(checkboxes(checklist)[3] as HTMLElement);
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    const data = new FormData(formOf(checklist));
    expect(data.getAll('prinsip')).toEqual(['visi-bersama', 'fleksibilitas']);
    expect(data.get('desa')).toBe('Mekar');
  });

  it('submits nothing without a name', async () => {
    const checklist = await mountChecklist(
      html`<form><kl-principle-checklist lang="id"></kl-principle-checklist></form>`,
    );
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    expect([...new FormData(formOf(checklist)).keys()]).toEqual([]);
  });

  it('submits answers restored from storage', async () => {
    localStorage.setItem(
      storageKeyFor(location.pathname),
      JSON.stringify({ checked: ['komunikasi-terbuka'] }),
    );
    const checklist = await mountChecklist(
      html`<form><kl-principle-checklist lang="id" name="prinsip"></kl-principle-checklist></form>`,
    );
    expect(new FormData(formOf(checklist)).getAll('prinsip')).toEqual(['komunikasi-terbuka']);
  });

  it('form.reset() clears the answers, the submitted value and the stored answers', async () => {
    const checklist = await mountChecklist(
      html`<form><kl-principle-checklist lang="en" name="prinsip"></kl-principle-checklist></form>`,
    );
    await userEvent.click(checkboxes(checklist)[1] as HTMLElement);
    formOf(checklist).reset();
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([false, false, false, false]);
    expect(new FormData(formOf(checklist)).getAll('prinsip')).toEqual([]);
    expect(localStorage.getItem(storageKeyFor(location.pathname))).toBeNull();
  });

  it('is disabled by an ancestor <fieldset disabled>: no checkbox or reset can be used', async () => {
    const checklist = await mountChecklist(
      html`<form>
        <fieldset disabled>
          <legend>Penilaian</legend>
          <kl-principle-checklist lang="id" name="prinsip"></kl-principle-checklist>
        </fieldset>
        <button type="button" id="after">Sesudah</button>
      </form>`,
    );
    await checklist.updateComplete;
    expect(checkboxes(checklist).every((box) => box.matches(':disabled'))).toBe(true);
    expect(resetButton(checklist)?.disabled).toBe(true);
    await userEvent.tab();
    expect(document.activeElement?.id).toBe('after');
    await expectNoAxeViolations(checklist);

    (checklist.closest('fieldset') as HTMLFieldSetElement).disabled = false;
    await checklist.updateComplete;
    expect(checkboxes(checklist).some((box) => box.matches(':disabled'))).toBe(false);
  });

  it('is disabled by its own disabled attribute, and a disabled control submits nothing', async () => {
    const checklist = await mountChecklist(
      html`<form><kl-principle-checklist lang="id" name="prinsip"></kl-principle-checklist></form>`,
    );
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    checklist.disabled = true;
    await checklist.updateComplete;
    expect(checkboxes(checklist).every((box) => box.matches(':disabled'))).toBe(true);
    expect(new FormData(formOf(checklist)).getAll('prinsip')).toEqual([]);
  });
});
