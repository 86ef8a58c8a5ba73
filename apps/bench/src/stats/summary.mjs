// @ts-check
// Medians and spreads, and ratios taken round by round (both variants measured moments apart) before
// the median, so a slow stretch of a shared machine cancels out instead of skewing one side.

/**
 * @typedef {object} Spread
 * @property {number} median
 * @property {number} p25
 * @property {number} p75
 * @property {number} min
 * @property {number} max
 * @property {number} count
 */

/** Linear-interpolated quantile of ascending `sorted` values. */
export function quantile(/** @type {number[]} */ sorted, /** @type {number} */ q) {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = /** @type {number} */ (sorted[low]);
  const b = /** @type {number} */ (sorted[high]);
  return a + (b - a) * (position - low);
}

/**
 * @param {number[]} values
 * @returns {Spread | undefined}
 */
export function spread(values) {
  if (values.length === 0) return undefined;
  const sorted = values.toSorted((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: /** @type {number} */ (sorted[0]),
    max: /** @type {number} */ (sorted.at(-1)),
    count: sorted.length,
  };
}

/**
 * Median over rounds of subject / baseline, pairing samples by round.
 * @param {{ round: number, value: number }[]} subject
 * @param {{ round: number, value: number }[]} baseline
 * @returns {Spread | undefined}
 */
export function pairedRatio(subject, baseline) {
  const byRound = new Map(baseline.map((sample) => [sample.round, sample.value]));
  const ratios = subject.flatMap((sample) => {
    const base = byRound.get(sample.round);
    return base !== undefined && base > 0 ? [sample.value / base] : [];
  });
  return spread(ratios);
}
