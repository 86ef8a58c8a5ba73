// @ts-check
// What the bench reads from a page besides its own timings: long tasks (observed from the first script on)
// and Chromium's main-thread counters over the DevTools protocol.

/** Installed before any page script runs, so no long task escapes. */
export const LONG_TASK_RECORDER = `
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/**
 * @typedef {object} Counters
 * @property {number} taskMs  Main-thread CPU time spent in tasks (thread ticks).
 * @property {number} scriptMs
 * @property {number} styleLayoutMs
 * @property {number} heapBytes
 */

/**
 * Enables the Performance domain in thread-time mode, so durations are CPU time of the main thread and do
 * not grow when another process takes the core.
 * @param {import('playwright').CDPSession} cdp
 */
export async function enableCounters(cdp) {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

/**
 * @param {import('playwright').CDPSession} cdp
 * @returns {Promise<Counters>}
 */
export async function readCounters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (/** @type {string} */ name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    taskMs: value('TaskDuration') * 1000,
    scriptMs: value('ScriptDuration') * 1000,
    styleLayoutMs: (value('LayoutDuration') + value('RecalcStyleDuration')) * 1000,
    heapBytes: value('JSHeapUsedSize'),
  };
}

/** @param {Counters} before @param {Counters} after */
export function counterDelta(before, after) {
  return {
    cpuMs: after.taskMs - before.taskMs,
    scriptMs: after.scriptMs - before.scriptMs,
    styleLayoutMs: after.styleLayoutMs - before.styleLayoutMs,
  };
}

/**
 * Long tasks recorded so far, after giving the observer a moment to deliver.
 * @param {import('playwright').Page} page
 * @returns {Promise<{ start: number, duration: number }[]>}
 */
export async function longTasks(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    return (
      /** @type {{ __benchLongTasks?: { start: number, duration: number }[] }} */ (window).__benchLongTasks ??
      []
    );
  });
}
