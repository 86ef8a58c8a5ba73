// @ts-check
// Runs every variant of a suite in interleaved rounds (A B C … A B C …), a fresh page load per sample, so
// a slow moment of the machine hits all variants alike and per-round ratios cancel it out.
import { counterDelta, enableCounters, longTasks, readCounters } from './page-probes.mjs';

/**
 * @typedef {object} Sample
 * @property {string} suite
 * @property {string} variant
 * @property {number} n
 * @property {number} round
 * @property {string} action  "render" or a driver action
 * @property {number} ms  Wall-clock time from the action's start until settled.
 * @property {number} cpuMs  Main-thread CPU time in that window (DevTools TaskDuration, thread ticks), less
 *   the harness's own cost (a no-op action timed the same way on the same page).
 * @property {number} scriptMs
 * @property {number} styleLayoutMs
 * @property {number} longTasks  Long tasks (> 50 ms) overlapping the window.
 * @property {number} longestTaskMs
 * @property {number | undefined} heapBytes  JS heap the rendered widget keeps once every action has run
 *   (after GC); on the render sample only.
 */

/**
 * @typedef {object} PreparedVariant
 * @property {import('./variants.mjs').VariantSpec} spec
 * @property {string | undefined} pageUrl  undefined when it cannot run (reason in `skipped`)
 * @property {string} [skipped]
 * @property {string} [source]  Where our element's code came from.
 */

/**
 * A peer whose page run takes longer than SLOW_RUN_MS (median wall-clock) after CAP_AFTER_ROUNDS rounds,
 * or that has used SLOW_TOTAL_MS in all, stops being measured at that size: Shoelace and Web Awesome need
 * 10 s and more to open 1,000 items, and 7 rounds of that would blow the time budget. The baseline and
 * our elements are never capped.
 */
export const SLOW_RUN_MS = 3000;
export const CAP_AFTER_ROUNDS = 2;
export const SLOW_TOTAL_MS = 20_000;

/**
 * @param {object} options
 * @param {import('playwright').BrowserContext} options.context
 * @param {string} options.origin
 * @param {import('./variants.mjs').SuiteSpec} options.suite
 * @param {PreparedVariant[]} options.variants
 * @param {number[]} options.sizes
 * @param {number} options.rounds
 * @param {(line: string) => void} options.log
 * @returns {Promise<{ samples: Sample[], failures: Map<string, string>, capped: Map<string, number> }>}
 */
export async function runSuite({ context, origin, suite, variants, sizes, rounds, log }) {
  /** @type {Sample[]} */
  const samples = [];
  /** Keyed "variant@n"; a variant that failed at a size is not retried there. */
  const failures = new Map();
  /** Keyed "variant@n": how many rounds it got before being capped as too slow. */
  const capped = new Map();
  /** @type {Map<string, number[]>} */
  const runTimes = new Map();
  const runnable = variants.filter((variant) => variant.pageUrl);
  let tab = await openTab(context);

  /** @param {PreparedVariant} variant @param {number} n @param {number} round */
  const once = async (variant, n, round) => {
    const key = `${variant.spec.id}@${n}`;
    if (failures.has(key) || capped.has(key)) return;
    try {
      const url = `${origin}${variant.pageUrl ?? ''}?suite=${suite.name}&variant=${variant.spec.id}`;
      const started = Date.now();
      const taken = await measureOnce(tab, url, suite, variant.spec.id, n, round);
      if (round === 0) return;
      samples.push(...taken);
      const times = [...(runTimes.get(key) ?? []), Date.now() - started];
      runTimes.set(key, times);
      const sorted = times.toSorted((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      const total = times.reduce((sum, time) => sum + time, 0);
      const protectedVariant = variant === variants[0] || variant.spec.ours !== undefined;
      const tooSlow = (round >= CAP_AFTER_ROUNDS && median > SLOW_RUN_MS) || total > SLOW_TOTAL_MS;
      if (!protectedVariant && round < rounds && tooSlow) {
        capped.set(key, round);
        log(
          `    ${variant.spec.id} at N=${n}: ${(median / 1000).toFixed(1)} s per run, capped after ${round === 1 ? '1 round' : `${round} rounds`}`,
        );
      }
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
      failures.set(key, message);
      log(`    ${variant.spec.id} at N=${n} failed: ${message}`);
      await tab.page.close().catch(() => undefined);
      tab = await openTab(context);
    }
  };

  // Warm-up (round 0, not kept): fills the HTTP cache and compiles each variant's code once.
  const smallest = Math.min(...sizes);
  for (const variant of runnable) await once(variant, smallest, 0);
  for (let round = 1; round <= rounds; round += 1) {
    const started = Date.now();
    for (const n of sizes) {
      for (const variant of runnable) await once(variant, n, round);
    }
    log(`    ${suite.name}: round ${round}/${rounds} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await tab.page.close();
  return { samples, failures, capped };
}

/** @param {import('playwright').BrowserContext} context */
async function openTab(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/**
 * One fresh page load: first render at size n, then each action of the suite, each timed on its own.
 * @param {{ page: import('playwright').Page, cdp: import('playwright').CDPSession }} tab
 * @param {string} url
 * @param {import('./variants.mjs').SuiteSpec} suite
 * @param {string} variant
 * @param {number} n
 * @param {number} round
 * @returns {Promise<Sample[]>}
 */
async function measureOnce({ page, cdp }, url, suite, variant, n, round) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.documentElement.dataset.benchReady ?? document.documentElement.dataset.benchError,
    undefined,
    { timeout: 20_000 },
  );
  const setupError = await page.evaluate(() => document.documentElement.dataset.benchError);
  if (setupError) throw new Error(setupError);
  await enableCounters(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const emptyHeap = (await readCounters(cdp)).heapBytes;

  const steps = [];
  for (const action of ['noop', 'render', ...suite.actions]) {
    const before = await readCounters(cdp);
    /** @type {{ start: number, end: number, ms: number }} */
    const timing = await page.evaluate(
      ([name, size]) =>
        /** @type {{ bench: { run: (a: string, n: number) => Promise<{ start: number, end: number, ms: number }> } }} */ (
          /** @type {unknown} */ (window)
        ).bench.run(/** @type {string} */ (name), /** @type {number} */ (size)),
      [action, n],
    );
    const after = await readCounters(cdp);
    steps.push({
      action,
      timing,
      delta: counterDelta(before, after),
      heapBytes: /** @type {number | undefined} */ (undefined),
    });
  }
  // The heap the widget keeps, read once every action has run. Forced between the render and the first
  // action, the collection made that action slower for script-driven variants only (A/B at N=10: +0.6 ms CPU
  // on our toggle, nothing on native <details>, which runs no script); most likely it flushed compiled code
  // the action's handlers then had to compile again.
  await cdp.send('HeapProfiler.collectGarbage');
  const rendered = steps.find((step) => step.action === 'render');
  if (rendered) rendered.heapBytes = (await readCounters(cdp)).heapBytes - emptyHeap;

  const tasks = await longTasks(page);
  const [noop, ...measured] = steps;
  const overhead = noop?.delta.cpuMs ?? 0;
  return measured.map(({ action, timing, delta, heapBytes }) => {
    const overlapping = tasks.filter(
      (task) => task.start < timing.end && task.start + task.duration > timing.start,
    );
    return {
      suite: suite.name,
      variant,
      n,
      round,
      action,
      ms: timing.ms,
      ...delta,
      cpuMs: Math.max(0, delta.cpuMs - overhead),
      longTasks: overlapping.length,
      longestTaskMs: Math.max(0, ...overlapping.map((task) => task.duration)),
      heapBytes,
    };
  });
}
