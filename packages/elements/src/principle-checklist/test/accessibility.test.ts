import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { principlesSection, type Locale } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { messagesFor } from '../../shared/messages/index.js';
import {
  checkboxes,
  confirmation,
  forgetStoredAnswers,
  mountChecklist,
  progressBar,
} from './principle-checklist-fixture.js';

beforeEach(forgetStoredAnswers);
afterEach(() => {
  cleanupFixtures();
  forgetStoredAnswers();
  vi.restoreAllMocks();
});

describe.each(['id', 'en'] as const)('accessibility (%s)', (locale: Locale) => {
  const principles = principlesSection.defaults[locale];
  const text = messagesFor(locale).checklist;

  it('groups native checkboxes in a fieldset named by its legend', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    const fieldset = checklist.shadowRoot?.querySelector('fieldset');
    expect(fieldset?.querySelector(':scope > legend')?.textContent.trim()).toBe(text.legend);
    expect(checkboxes(checklist)).toHaveLength(principles.length);
    expect(checkboxes(checklist).every((box) => fieldset?.contains(box))).toBe(true);
  });

  it('names each checkbox by its principle and describes it by the principle’s description', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    checkboxes(checklist).forEach((box, index) => {
      expect(box.labels?.[0]?.textContent.trim()).toBe(principles[index]?.title);
      const described = checklist.shadowRoot?.getElementById(box.getAttribute('aria-describedby') ?? '');
      expect(described?.textContent.trim()).toBe(principles[index]?.description);
    });
  });

  it('labels the progress bar with the visible progress text and keeps a polite live region', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    const bar = progressBar(checklist);
    expect(bar?.labels[0]?.textContent.trim()).toBe(
      locale === 'id' ? '0 dari 4 prinsip terpenuhi' : '0 of 4 principles in place',
    );
    const live = checklist.shadowRoot?.querySelector('[aria-live]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.getAttribute('role')).toBe('status');
  });

  it('has no axe violation with nothing, some and everything checked', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    await expectNoAxeViolations(checklist);
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    await expectNoAxeViolations(checklist);
    for (const box of checkboxes(checklist).slice(1)) await userEvent.click(box);
    expect(confirmation(checklist)).toBe(text.allDone);
    await expectNoAxeViolations(checklist);
  });

  it('has no axe violation in dark mode, before and after interaction', async () => {
    const checklist = await mountChecklist(
      html`<div style="--kl-color-scheme: dark">
        <kl-principle-checklist lang=${locale}></kl-principle-checklist>
      </div>`,
    );
    expect(getComputedStyle(checklist).colorScheme).toBe('dark');
    await expectNoAxeViolations(checklist);
    for (const box of checkboxes(checklist)) await userEvent.click(box);
    await expectNoAxeViolations(checklist);
  });

  it('has no axe violation when disabled', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale} disabled></kl-principle-checklist>`,
    );
    await expectNoAxeViolations(checklist);
  });

  it('shows a visible focus ring on the checkbox reached with the keyboard', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    await userEvent.tab();
    const box = checklist.shadowRoot?.activeElement as HTMLElement | null;
    expect(box).toBe(checkboxes(checklist)[0]);
    expect(box?.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(box as HTMLElement);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
