// @ts-check
// The Lighthouse targets (issue 16), judged on the median of each figure over the runs: every category
// 100, total blocking time at most 50 ms, no layout shift.
import { spread } from '../stats/summary.mjs';
import { CATEGORIES } from '../lighthouse/result.mjs';

export const MAX_TBT_MS = 50;

const CATEGORY_LABELS = /** @type {const} */ ({
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
});

/**
 * @param {import('../lighthouse/result.mjs').LighthouseRun[]} runs
 * @param {(run: import('../lighthouse/result.mjs').LighthouseRun) => number} pick
 */
export function medianOf(runs, pick) {
  return spread(runs.map(pick))?.median ?? Number.NaN;
}

/**
 * @param {import('../lighthouse/result.mjs').LighthouseResult} result
 * @returns {import('./targets.mjs').TargetResult[]}
 */
export function lighthouseTargets(result) {
  const { runs } = result;
  const note = `median of ${runs.length} run(s); ${result.page}`;
  /**
   * @param {string} target
   * @param {(run: import('../lighthouse/result.mjs').LighthouseRun) => number} pick
   * @param {(value: number) => string} format
   * @param {(value: number) => boolean} passes
   * @returns {import('./targets.mjs').TargetResult}
   */
  const judge = (target, pick, format, passes) => {
    if (runs.length === 0)
      return { target, measured: '-', verdict: 'NO DATA', note: result.error ?? 'no run' };
    const value = medianOf(runs, pick);
    return { target, measured: format(value), verdict: passes(value) ? 'PASS' : 'FAIL', note };
  };
  return [
    ...CATEGORIES.map((category) =>
      judge(
        `Lighthouse mobile, demo home page: ${CATEGORY_LABELS[category]} 100`,
        (run) => run.scores[category],
        (value) => String(value),
        (value) => value >= 100,
      ),
    ),
    judge(
      `Lighthouse mobile, demo home page: total blocking time <= ${MAX_TBT_MS} ms`,
      (run) => run.tbtMs,
      (value) => `${value.toFixed(0)} ms`,
      (value) => value <= MAX_TBT_MS,
    ),
    judge(
      'Lighthouse mobile, demo home page: cumulative layout shift 0',
      (run) => run.cls,
      (value) => value.toFixed(3),
      (value) => value === 0,
    ),
  ];
}
