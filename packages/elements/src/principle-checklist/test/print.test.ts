import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { principlesSection } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { emulateMedia, resetMedia } from '../../../test/media.js';
import {
  adviceFor,
  checkboxes,
  forgetStoredAnswers,
  mountChecklist,
  resetButton,
} from './principle-checklist-fixture.js';

afterEach(async () => {
  cleanupFixtures();
  forgetStoredAnswers();
  await resetMedia();
});

describe('in print', () => {
  it('shows each principle with its state and the advice, without the reset button', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    expect(resetButton(checklist)?.checkVisibility()).toBe(true);
    await emulateMedia({ media: 'print' });
    expect(resetButton(checklist)?.checkVisibility()).toBe(false);
    expect(checkboxes(checklist).map((box) => [box.checkVisibility(), box.checked])).toEqual([
      [true, true],
      [true, false],
      [true, false],
      [true, false],
    ]);
    expect(checklist.shadowRoot?.querySelector('[part="advice"]')?.checkVisibility()).toBe(true);
    expect(adviceFor(checklist)).toHaveLength(principlesSection.defaults.id.length - 1);
  });
});
