// @ts-check
// Turns raw samples into one row per (suite, N, variant): spread of wall-clock and CPU time per action,
// ratios against the suite's baseline per round, retained heap, long tasks.
import { pairedRatio, spread } from './summary.mjs';

/**
 * CPU times below this count as this much in ratios: subtracting the harness's no-op leaves about half a
 * millisecond of noise, and a ratio against 0.05 ms of "work" would be noise blown up a thousandfold.
 */
export const CPU_RATIO_FLOOR_MS = 0.5;

/**
 * @typedef {object} ActionSummary
 * @property {import('./summary.mjs').Spread | undefined} ms
 * @property {import('./summary.mjs').Spread | undefined} cpuMs
 * @property {import('./summary.mjs').Spread | undefined} ratioMs  against the baseline, per round
 * @property {import('./summary.mjs').Spread | undefined} ratioCpu
 * @property {number} longTasks  total over all rounds
 * @property {number} longestTaskMs
 */

/**
 * @typedef {object} VariantRow
 * @property {string} suite
 * @property {number} n
 * @property {string} variant
 * @property {string} label
 * @property {boolean} baseline
 * @property {number} rounds
 * @property {Record<string, ActionSummary>} actions  "render" and the suite's actions
 * @property {import('./summary.mjs').Spread | undefined} heapBytes
 * @property {string} [note]  failure, cap or skip reason
 */

/**
 * @param {import('../runtime/run-runtime.mjs').SuiteResult} result
 * @param {number[]} sizes
 * @returns {VariantRow[]}
 */
export function analyseSuite(result, sizes) {
  const { suite, samples } = result;
  const baselineId = suite.variants[0]?.id;
  const actions = ['render', ...suite.actions];
  /** @param {string} variant @param {number} n @param {string} action */
  const pick = (variant, n, action) =>
    samples.filter((sample) => sample.variant === variant && sample.n === n && sample.action === action);

  return sizes.flatMap((n) =>
    result.variants.map((prepared) => {
      const id = prepared.spec.id;
      const key = `${id}@${n}`;
      /** @type {Record<string, ActionSummary>} */
      const summaries = {};
      for (const action of actions) {
        const own = pick(id, n, action);
        const base = pick(baselineId ?? '', n, action);
        summaries[action] = {
          ms: spread(own.map((sample) => sample.ms)),
          cpuMs: spread(own.map((sample) => sample.cpuMs)),
          ratioMs: pairedRatio(
            own.map((sample) => ({ round: sample.round, value: sample.ms })),
            base.map((sample) => ({ round: sample.round, value: sample.ms })),
          ),
          ratioCpu: pairedRatio(
            own.map((sample) => ({ round: sample.round, value: Math.max(sample.cpuMs, CPU_RATIO_FLOOR_MS) })),
            base.map((sample) => ({
              round: sample.round,
              value: Math.max(sample.cpuMs, CPU_RATIO_FLOOR_MS),
            })),
          ),
          longTasks: own.reduce((sum, sample) => sum + sample.longTasks, 0),
          longestTaskMs: Math.max(0, ...own.map((sample) => sample.longestTaskMs)),
        };
      }
      const renders = pick(id, n, 'render');
      const notes = [
        prepared.skipped,
        result.failures.get(key) && `failed: ${result.failures.get(key) ?? ''}`,
        result.capped.has(key) && `too slow, stopped after ${roundsText(result.capped.get(key) ?? 0)}`,
        prepared.source && `code: ${prepared.source}`,
      ].filter((note) => typeof note === 'string' && note.length > 0);
      return {
        suite: suite.name,
        n,
        variant: id,
        label: prepared.spec.label,
        baseline: id === baselineId,
        rounds: renders.length,
        actions: summaries,
        heapBytes: spread(
          renders.flatMap((sample) => (sample.heapBytes === undefined ? [] : [sample.heapBytes])),
        ),
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      };
    }),
  );
}

/** "1 round", "2 rounds". */
export const roundsText = (/** @type {number} */ count) => `${count} round${count === 1 ? '' : 's'}`;
