/**
 * 10,000 items (the most a section may hold) must not freeze the host page: no task of the widget's work
 * may run 200 ms or more, whether the items are valid (the widget shows them) or each is wrong (it shows
 * its error state), and whichever way they come (the `content` property, inline JSON, `src`). The browser's long-task observer reports every task over 50 ms with its duration: an
 * engine fact, not a clock of ours. The work is cut into pieces far shorter than the limit, so a busy
 * machine slows each piece without bringing it near 200 ms.
 *
 * A measurement, not part of the test command: long-task durations are wall-clock time, which a loaded
 * machine stretches. Run it with `npm run measure:long-tasks` (in Chromium only: Firefox and WebKit have
 * no `longtask` entries to observe).
 */
import { describe, expect, it } from 'vitest';
import { guardPage } from './page-guard.js';
import { giving, manyInvalidItems, manyItems, SOURCES } from './many-items.js';
import { alertText, CONTENT_TAGS, create, loaded, place, shownText } from './widgets.js';

guardPage();

const LIMIT_MS = 200;

/** Runs `work` and returns the durations of the long tasks seen until the page has been idle a while. */
async function longTasksDuring(work: () => Promise<void>): Promise<number[]> {
  // A task of its own: the one that built the test's 10,000 items is not the widget's.
  await new Promise((done) => setTimeout(done));
  const durations: number[] = [];
  // Only this frame's tasks ('self'): other test files run in frames of the same page and event loop.
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) if (entry.name === 'self') durations.push(Math.round(entry.duration));
  };
  const observer = new PerformanceObserver((list) => {
    record(list.getEntries());
  });
  observer.observe({ type: 'longtask' });
  try {
    await work();
    // Batches still to come, and the observer's own delivery, run within these frames.
    for (let frame = 0; frame < 10; frame++) await new Promise((done) => setTimeout(done, 50));
    record(observer.takeRecords());
  } finally {
    observer.disconnect();
  }
  return durations;
}

const CASES = CONTENT_TAGS.flatMap((tag) => SOURCES.map((source) => ({ tag, source })));

/** One line per case, so a run reports the figures and not only whether they passed. */
function report(name: string, durations: readonly number[]): number {
  const longest = Math.max(0, ...durations);
  console.info(
    `[long-tasks] ${name}: longest ${String(longest)} ms; tasks over 50 ms: ${durations.join(', ') || 'none'}`,
  );
  return longest;
}

describe.each(CASES)('<$tag> given 10,000 items by $source', ({ tag, source }) => {
  it(`shows them without a task of ${LIMIT_MS} ms or more`, async () => {
    const give = giving(source, manyItems(tag));
    const widget = place(create(tag, { lang: 'id' }));
    await widget.updateComplete;
    const durations = await longTasksDuring(async () => {
      give(widget);
      await loaded(widget, 60_000);
    });
    expect(alertText(widget)).toBe('');
    expect(shownText(widget)).not.toBe('');
    const longest = report(`${tag} ${source} valid`, durations);
    expect(longest, `long tasks: ${durations.join(', ')} ms`).toBeLessThan(LIMIT_MS);
  });

  it(`shows the error state for 10,000 wrong items without a task of ${LIMIT_MS} ms or more`, async () => {
    const give = giving(source, manyInvalidItems(tag));
    const widget = place(create(tag, { lang: 'en' }));
    await widget.updateComplete;
    const durations = await longTasksDuring(async () => {
      give(widget);
      await loaded(widget, 60_000);
    });
    expect(alertText(widget)).toContain('The content cannot be shown');
    const longest = report(`${tag} ${source} invalid`, durations);
    expect(longest, `long tasks: ${durations.join(', ')} ms`).toBeLessThan(LIMIT_MS);
  });
});
