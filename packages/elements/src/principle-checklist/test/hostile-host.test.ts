import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import hostileCss from '../../../test/hostile.css?inline';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { defineElement } from '../../shared/define.js';
import { KlPrincipleChecklist } from '../principle-checklist.js';
import {
  checkboxes,
  forgetStoredAnswers,
  liveRegion,
  mountChecklist,
  resetButton,
  ticks,
} from './principle-checklist-fixture.js';

const style = document.createElement('style');

beforeAll(() => {
  style.textContent = hostileCss;
  document.head.append(style);
});
afterAll(() => {
  style.remove();
});
afterEach(() => {
  cleanupFixtures();
  forgetStoredAnswers();
});

describe('on a page with a CMS theme’s hostile global CSS', () => {
  it('keeps its checkboxes visible (input[type=checkbox]{display:none}) and its own font size', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    expect(checkboxes(checklist).every((box) => box.checkVisibility())).toBe(true);
    expect(getComputedStyle(checklist).fontSize).toBe('16px');
    expect(getComputedStyle(checklist).lineHeight).toBe('24px');
  });

  it('keeps the live region visually hidden but present, and the reset button a button', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    const live = liveRegion(checklist) as HTMLElement;
    expect(live.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(resetButton(checklist) as HTMLElement).cursor).toBe('pointer');
  });

  it('still shows a focus ring (*:focus{outline:none}) and toggles with Space', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="en"></kl-principle-checklist>`);
    await userEvent.tab();
    expect(getComputedStyle(checklist.shadowRoot?.activeElement as HTMLElement).outlineStyle).toBe('solid');
    await userEvent.keyboard('[Space]');
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([true, false, false, false]);
    await expectNoAxeViolations(checklist);
  });

  it('does not throw when a second copy of the script defines the tag again', () => {
    expect(() => {
      defineElement('kl-principle-checklist', class extends KlPrincipleChecklist {});
    }).not.toThrow();
  });
});
