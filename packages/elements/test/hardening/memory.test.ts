/**
 * A page that shows many widgets and replaces them again and again (a single-page app navigating, a CMS
 * preview re-rendering) must not keep the old ones alive. Whatever a removed widget leaves registered
 * globally (a listener, an observer, a map entry) keeps its whole tree in memory: such a leak grows with
 * every round, so the detached elements after round 20 are compared with those after round 5 (counts,
 * after a forced garbage collection, never timings).
 */
import { describe, expect, it } from 'vitest';
import { detachedElementCount } from './heap.js';
import { guardPage } from './page-guard.js';
import { CONTENT_TAGS, alertText, loaded, place, shadowOf } from './widgets.js';

const page = guardPage();

const EACH = 50;
const ROUNDS = 20;
const MEASURED = [5, ROUNDS];

/** 50 widgets of each kind, in both languages, with the options that register things globally. */
function pageMarkup(round: number): string {
  const lang = round % 2 ? 'en' : 'id';
  const one = [
    `<kl-faq-accordion lang="${lang}" structured-data></kl-faq-accordion>`,
    `<kl-challenge-explorer lang="${lang}" sync-hash></kl-challenge-explorer>`,
    `<kl-principle-checklist lang="${lang}" name="prinsip"></kl-principle-checklist>`,
    `<kl-partner-cards lang="${lang}"></kl-partner-cards>`,
    `<kl-partner-card lang="${lang}" name="Koperasi Tani ${String(round)}" href="https://koperasi.example/"></kl-partner-card>`,
  ].join('');
  return `<form>${one.repeat(EACH)}</form>`;
}

/**
 * One round: the whole page of widgets, rendered, checked once, then removed. A function of its own so
 * that no reference to this round's widgets is left in the test's scope while memory is measured.
 */
async function showAndRemove(host: HTMLElement, round: number): Promise<void> {
  host.innerHTML = pageMarkup(round);
  const widgets = [...host.querySelectorAll(`${CONTENT_TAGS.join(',')},kl-partner-card`)];
  // The count, not the array: an assertion keeps its subject alive after it ran (in Firefox, after this
  // function returned), so `expect(widgets)` held the last round's widgets as if they had leaked.
  expect(widgets.length).toBe(EACH * 5);
  for (const widget of widgets) await loaded(widget);
  if (round === 1) {
    expect(widgets.filter((widget) => alertText(widget) !== '')).toEqual([]);
    expect(widgets.every((widget) => shadowOf(widget).childElementCount > 0)).toBe(true);
  }
  host.replaceChildren();
}

describe('a page that replaces all its widgets 20 times', () => {
  it(
    'keeps no removed widget alive (detached elements after round 20 ≤ after round 5)',
    { timeout: 180_000 },
    async () => {
      const host = place(document.createElement('div'));
      const counts: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        await showAndRemove(host, round);
        if (MEASURED.includes(round)) counts.push(await detachedElementCount());
      }
      const [atFive = 0, atTwenty = 0] = counts;
      expect(
        atTwenty,
        `detached elements: ${String(atFive)} after round 5, ${String(atTwenty)} after round 20`,
      ).toBeLessThanOrEqual(atFive);
      expect(page.warnings).toEqual([]);
    },
  );
});
