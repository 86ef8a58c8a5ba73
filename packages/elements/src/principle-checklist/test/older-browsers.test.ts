/**
 * In a browser without form-associated custom elements (Safari < 16.4: `attachInternals` is missing),
 * the checklist still works and keeps its answers; it only cannot take part in a form. All three test
 * engines have them, so the method is taken away here (test/older-engine.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures } from '../../../test/fixture.js';
import { removeFeature, restoreEngine } from '../../../test/older-engine.js';
import {
  checkboxes,
  forgetStoredAnswers,
  mountChecklist,
  progressText,
  ticks,
} from './principle-checklist-fixture.js';

afterEach(() => {
  restoreEngine();
  cleanupFixtures();
  forgetStoredAnswers();
});

describe('without form-associated custom elements (Safari < 16.4)', () => {
  it('is a working checklist outside the form: ticks, progress, no value submitted', async () => {
    removeFeature(HTMLElement.prototype, 'attachInternals');
    const checklist = await mountChecklist(
      html`<form><kl-principle-checklist lang="en" name="prinsip"></kl-principle-checklist></form>`,
    );
    await userEvent.click(checkboxes(checklist)[1] as HTMLElement);
    expect(ticks(checklist)).toEqual([false, true, false, false]);
    expect(progressText(checklist)).toMatch(/^1\b/);
    expect(checklist.form).toBeNull();
    expect(new FormData(checklist.closest('form') as HTMLFormElement).getAll('prinsip')).toEqual([]);
    await expectNoAxeViolations(checklist);
  });
});
