import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { principlesSection, type Locale } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { formatMessage } from '@ketahanan/model';
import { messagesFor } from '../../shared/messages/index.js';
import { ANNOUNCE_DELAY_MS, type KlChangeDetail } from '../principle-checklist.js';
import {
  checkboxes,
  forgetStoredAnswers,
  liveRegion,
  mountChecklist,
  progressBar,
  progressText,
  resetButton,
  ticks,
} from './principle-checklist-fixture.js';

let changes: KlChangeDetail[];
const record = (event: Event) => changes.push((event as CustomEvent<KlChangeDetail>).detail);

beforeEach(() => {
  forgetStoredAnswers();
  changes = [];
  document.addEventListener('kl-change', record);
});
afterEach(() => {
  cleanupFixtures();
  forgetStoredAnswers();
  document.removeEventListener('kl-change', record);
});

describe.each(['id', 'en'] as const)('keyboard and progress (%s)', (locale: Locale) => {
  const ids = principlesSection.defaults[locale].map((principle) => principle.id);
  const text = messagesFor(locale).checklist;
  const progress = (count: number) => formatMessage(locale, text.progress, { count, total: ids.length });

  it('Tab goes through the checkboxes in order, then to the reset button', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    const expected = [...checkboxes(checklist), resetButton(checklist)];
    const reached: (Element | null | undefined)[] = [];
    for (let i = 0; i < expected.length; i++) {
      await userEvent.tab();
      reached.push(checklist.shadowRoot?.activeElement);
    }
    expect(reached).toEqual(expected);
  });

  it('keeps focus and ticks on the same box when the page switches language', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    const second = checkboxes(checklist)[1];
    expect(checklist.shadowRoot?.activeElement).toBe(second);
    const label = second?.labels?.[0]?.textContent;
    // The boxes are built again in the other language: focus must not fall back to the page.
    checklist.lang = locale === 'id' ? 'en' : 'id';
    await checklist.updateComplete;
    const again = checkboxes(checklist)[1];
    expect(again?.labels?.[0]?.textContent).not.toBe(label);
    expect(checklist.shadowRoot?.activeElement).toBe(again);
    expect(ticks(checklist)).toEqual([false, true, false, false]);
    await userEvent.keyboard(' ');
    expect(ticks(checklist)).toEqual([false, false, false, false]);
  });

  it('Space toggles the focused checkbox; progress text, bar and kl-change follow each toggle', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    expect([progressText(checklist), progressBar(checklist)?.value, progressBar(checklist)?.max]).toEqual([
      progress(0),
      0,
      4,
    ]);
    await userEvent.tab();
    await userEvent.keyboard('[Space]');
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([true, false, false, false]);
    expect([progressText(checklist), progressBar(checklist)?.value]).toEqual([progress(1), 1]);
    expect(changes.at(-1)).toEqual({ checked: [ids[0]], total: 4 });

    await userEvent.tab();
    await userEvent.keyboard('[Space]');
    await checklist.updateComplete;
    expect([progressText(checklist), progressBar(checklist)?.value]).toEqual([progress(2), 2]);
    expect(changes.at(-1)).toEqual({ checked: [ids[0], ids[1]], total: 4 });

    await userEvent.keyboard('[Space]');
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([true, false, false, false]);
    expect([progressText(checklist), progressBar(checklist)?.value]).toEqual([progress(1), 1]);
    expect(changes).toHaveLength(3);
    await expectNoAxeViolations(checklist);
  });

  it('announces progress politely, once, after quick toggling settles', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    const live = liveRegion(checklist);
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const said = live?.textContent.trim() ?? '';
      if (said) heard.push(said);
    });
    if (live) observer.observe(live, { childList: true, subtree: true, characterData: true });
    await userEvent.tab();
    // The announcement's delay runs on a clock the test holds, so the three presses count as quick however
    // long a loaded machine takes between them; only timers are faked (Lit's microtasks stay real).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await userEvent.keyboard('[Space]{Tab}[Space]{Tab}[Space]');
      expect(checklist.checked).toHaveLength(3);
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1);
      await checklist.updateComplete;
      expect(live?.textContent.trim()).toBe('');
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    await expect.poll(() => heard.length > 0, { message: 'an announcement' }).toBeTruthy();
    await checklist.updateComplete;
    observer.disconnect();
    expect(heard).toEqual([progress(3)]);
  });

  it('announces the confirmation when the last principle is checked', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    for (const box of checkboxes(checklist)) await userEvent.click(box);
    await expect
      .poll(() => liveRegion(checklist)?.textContent.includes(text.allDone), {
        message: 'confirmation announced',
      })
      .toBeTruthy();
    expect(liveRegion(checklist)?.textContent.trim()).toBe(`${progress(4)}. ${text.allDone}`);
  });

  it('the reset button, pressed with Enter, clears every answer', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    for (const box of checkboxes(checklist).slice(0, 2)) await userEvent.click(box);
    resetButton(checklist)?.focus();
    await userEvent.keyboard('{Enter}');
    await checklist.updateComplete;
    expect(ticks(checklist)).toEqual([false, false, false, false]);
    expect(progressText(checklist)).toBe(progress(0));
    expect(changes.at(-1)).toEqual({ checked: [], total: 4 });
  });
});
