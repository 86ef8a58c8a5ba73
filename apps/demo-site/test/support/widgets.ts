/**
 * How a reader uses each widget, by mouse and by keyboard (real key presses through Playwright), with the
 * state they would notice checked after each step. Locators reach into the widgets' open shadow roots.
 */
import type { Locator, Page } from 'playwright';
import { expect } from 'vitest';
import { focusedDescription } from './focus.js';
import type { WidgetTag } from './pages.js';

const squash = async (locator: Locator): Promise<string> =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function faq(page: Page, widget: Locator): Promise<void> {
  const buttons = widget.locator('[part~="button"]');
  expect(await buttons.count()).toBeGreaterThan(1);
  const first = buttons.nth(0);
  const panel = widget.locator(`[id="${(await first.getAttribute('aria-controls')) ?? ''}"]`);

  // Mouse: open, then close the first answer.
  expect(await first.getAttribute('aria-expanded')).toBe('false');
  expect(await panel.isVisible()).toBe(false);
  await first.click();
  expect(await first.getAttribute('aria-expanded')).toBe('true');
  expect(await panel.isVisible()).toBe(true);
  await first.click();
  expect(await first.getAttribute('aria-expanded')).toBe('false');
  expect(await panel.isVisible()).toBe(false);

  // Keyboard: Down moves to the next question, Enter and Space toggle it, End goes to the last.
  await first.focus();
  await page.keyboard.press('ArrowDown');
  expect((await focusedDescription(page)).text).toBe(await squash(buttons.nth(1)));
  await page.keyboard.press('Enter');
  expect(await buttons.nth(1).getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Space');
  expect(await buttons.nth(1).getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('End');
  expect((await focusedDescription(page)).text).toBe(await squash(buttons.last()));
}

async function explorer(page: Page, widget: Locator): Promise<void> {
  const tabs = widget.locator('[role="tab"]');
  const count = await tabs.count();
  expect(count).toBeGreaterThan(1);
  const selected = async (): Promise<number[]> => {
    const states = await tabs.evaluateAll((all) => all.map((tab) => tab.getAttribute('aria-selected')));
    return states.flatMap((state, index) => (state === 'true' ? [index] : []));
  };
  expect(await selected()).toEqual([0]);

  // Mouse: the second tab shows its panel.
  await tabs.nth(1).click();
  expect(await selected()).toEqual([1]);
  const panel = widget.locator(`[id="${(await tabs.nth(1).getAttribute('aria-controls')) ?? ''}"]`);
  expect(await panel.isVisible()).toBe(true);

  // Keyboard: arrows move and select (wrapping), Home and End jump.
  await tabs.nth(1).focus();
  await page.keyboard.press('ArrowRight');
  expect(await selected()).toEqual([2 % count]);
  await page.keyboard.press('Home');
  expect(await selected()).toEqual([0]);
  expect((await focusedDescription(page)).text).toBe(await squash(tabs.nth(0)));
  await page.keyboard.press('ArrowLeft');
  expect(await selected()).toEqual([count - 1]);
  await page.keyboard.press('End');
  expect(await selected()).toEqual([count - 1]);
}

async function checklist(page: Page, widget: Locator): Promise<void> {
  const boxes = widget.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(1);
  const progress = widget.locator('[part~="progress"]');
  const progressValue = () =>
    widget.locator('progress').evaluate((bar) => (bar as HTMLProgressElement).value);

  // Mouse: a click ticks the first principle and the progress follows.
  await boxes.nth(0).click();
  expect(await boxes.nth(0).isChecked()).toBe(true);
  await expect.poll(() => squash(progress)).toMatch(new RegExp(`\\b1 (dari|of) ${total}\\b`));
  expect(await progressValue()).toBe(1);

  // Keyboard: Tab reaches the next checkbox, Space ticks it.
  await boxes.nth(0).focus();
  await page.keyboard.press('Tab');
  expect((await focusedDescription(page)).id).toBe(await boxes.nth(1).getAttribute('id'));
  await page.keyboard.press('Space');
  expect(await boxes.nth(1).isChecked()).toBe(true);
  await expect.poll(() => squash(progress)).toMatch(new RegExp(`\\b2 (dari|of) ${total}\\b`));
  expect(await progressValue()).toBe(2);
}

async function cards(page: Page, widget: Locator): Promise<void> {
  const sector = widget.locator('select[name="sector"]');
  const count = widget.locator('[part~="count"]');
  const shown = async (): Promise<number> => Number(/\d+/.exec(await squash(count))?.[0] ?? 0);
  const visibleCards = () => widget.locator('[part~="card"]:visible').count();
  const all = await shown();
  expect(all).toBeGreaterThan(1);
  expect(await visibleCards()).toBe(all);

  // Mouse: pick a sector from the list (Playwright's way to choose in a native select's popup); fewer
  // cards, and the count says how many.
  await sector.selectOption({ index: 2 });
  await expect.poll(shown).toBeLessThan(all);
  expect(await visibleCards()).toBe(await shown());
  await sector.selectOption({ index: 0 });
  await expect.poll(shown).toBe(all);

  // Keyboard: the arrow keys change the focused select, Home goes back to "all".
  await sector.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => sector.inputValue()).not.toBe('');
  await expect.poll(shown).toBeLessThanOrEqual(all);
  expect(await visibleCards()).toBe(await shown());
  await page.keyboard.press('Home');
  await expect.poll(shown).toBe(all);
}

export const EXERCISES: Readonly<Record<WidgetTag, (page: Page, widget: Locator) => Promise<void>>> = {
  'kl-faq-accordion': faq,
  'kl-challenge-explorer': explorer,
  'kl-principle-checklist': checklist,
  'kl-partner-cards': cards,
};
