/**
 * How a check is sliced across tasks (stepped-check.ts), on a machine made slow on purpose: each step of
 * the model's check is followed by a busy wait, as a loaded CI runner or a cheap phone would add. A page's
 * ordinary content must still show in the first render (no loading line that depends on the machine's
 * load); a long document must still give the main thread back.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultContent,
  partnershipsBuiltIn,
  partnershipsHeaderBuiltIn,
  partnersBuiltIn,
  sectorsBuiltIn,
} from '@ketahanan/model';
import { checkInSteps } from '../site-content.js';
import { finishInTasks, runSlice } from '../stepped-check.js';

/** Milliseconds added after every step: six of them fill the 30 ms slice. */
const SLOW_STEP_MS = 6;

/** `steps`, each followed by a busy wait; counts the steps taken. */
function* slowed<R>(steps: Generator<void, R, void>, taken: { count: number }): Generator<void, R, void> {
  for (;;) {
    const step = steps.next();
    taken.count++;
    const until = performance.now() + SLOW_STEP_MS;
    while (performance.now() < until) {
      // The machine is busy.
    }
    if (step.done) return step.value;
    yield;
  }
}

/** The built-in items of `list`, repeated under new ids until there are `count`. */
function padded<T extends { id: string }>(list: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => {
    const item = list[index % list.length] as T;
    return index < list.length ? item : { ...item, id: `${item.id}-${String(index)}` };
  });
}

/**
 * A document for the element that reads the most sections (the partner cards' four), a hundred items in
 * every list: the most an ordinary page gives.
 */
function widestOrdinaryDocument(): Record<string, unknown> {
  const article = defaultContent.id;
  return {
    partners: padded(article.partners, 100),
    sectors: padded(article.sectors, 100),
    partnerships: padded(article.partnerships, 100),
    partnershipsHeader: article.partnershipsHeader,
  };
}

const CARD_SECTIONS = [partnershipsBuiltIn, partnershipsHeaderBuiltIn, partnersBuiltIn, sectorsBuiltIn];

describe('checking a page’s content on a slow machine', () => {
  it('ends in the first slice for an ordinary document, so it shows in the first render', () => {
    const taken = { count: 0 };
    const steps = checkInSteps(widestOrdinaryDocument(), CARD_SECTIONS, { locale: 'id', maxProblems: 5 });
    const slice = runSlice(slowed(steps, taken));
    // Every step took more than the slice's share: by the clock alone it would have stopped halfway.
    expect(taken.count * SLOW_STEP_MS).toBeGreaterThan(30);
    expect(slice?.result).toMatchObject({
      ok: true,
      provided: expect.arrayContaining(['partners']) as unknown,
    });
  });

  it('still gives the main thread back during a long document, and ends with the same result', async () => {
    const taken = { count: 0 };
    const document = { partners: padded(defaultContent.id.partners, 5_000) };
    const steps = slowed(checkInSteps(document, CARD_SECTIONS, { locale: 'id', maxProblems: 5 }), taken);
    expect(runSlice(steps)).toBeUndefined();
    const firstSlice = taken.count;
    expect(firstSlice).toBeLessThan(20);
    // The page's own tasks run between the slices: later slices stop by the clock, a few steps each.
    let pageTasks = 0;
    const page = setInterval(() => pageTasks++, 0);
    const done = await finishInTasks(steps, () => false);
    clearInterval(page);
    expect(done?.result).toMatchObject({ ok: true });
    expect(taken.count).toBeGreaterThan(50);
    expect(pageTasks).toBeGreaterThan(5);
  });
});
