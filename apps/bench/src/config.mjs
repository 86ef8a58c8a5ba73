// @ts-check
// What one run measures, from environment variables, so a quick local check and the full run share code.

/**
 * @param {string | undefined} text
 * @param {number[]} fallback
 */
function numberList(text, fallback) {
  if (!text) return fallback;
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(`Expected a comma-separated list of positive integers, got "${text}".`);
  }
  return values;
}

/**
 * @param {string | undefined} text
 * @param {number} fallback
 * @param {number} min
 */
function integer(text, fallback, min) {
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`Expected an integer >= ${min}, got "${text}".`);
  return value;
}

/**
 * @typedef {object} BenchConfig
 * @property {number} rounds Measured rounds per variant (warm-up not counted).
 * @property {number[]} sizes Item counts N.
 * @property {string[] | undefined} suites Runtime suites to run (all when undefined).
 * @property {boolean} runtime Whether to run the browser part at all.
 * @property {number} demoRounds Loads of the demo page.
 */

/** @returns {BenchConfig} */
export function readConfig(env = process.env) {
  return {
    rounds: integer(env.BENCH_ROUNDS, 7, 1),
    sizes: numberList(env.BENCH_N, [10, 100, 1000]),
    suites: env.BENCH_SUITES ? env.BENCH_SUITES.split(',').map((name) => name.trim()) : undefined,
    runtime: env.BENCH_RUNTIME !== '0',
    demoRounds: integer(env.BENCH_DEMO_ROUNDS, 7, 1),
  };
}
