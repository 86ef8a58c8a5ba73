// @ts-check
// What one run measures, from environment variables, so a quick local check and the full run share code.
import { SUITES } from './runtime/variants.mjs';

/**
 * @param {string} name  the variable, for the message
 * @param {string | undefined} text
 * @param {number[]} fallback
 */
function numberList(name, text, fallback) {
  if (!text) return fallback;
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(
      `${name} must be a comma-separated list of positive integers such as 10,100; got "${text}".`,
    );
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * @param {string} name  the variable, for the message
 * @param {string | undefined} text
 * @param {number} fallback
 */
function positiveInteger(name, text, fallback) {
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer; got "${text}".`);
  return value;
}

/** @param {string | undefined} text */
function suiteList(text) {
  if (!text) return undefined;
  const known = SUITES.map((suite) => suite.name);
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`BENCH_SUITES names unknown suite(s) ${unknown.join(', ')}; known: ${known.join(', ')}.`);
  }
  return names;
}

export const PARTS = /** @type {const} */ (['bytes', 'runtime', 'lighthouse']);

/** @typedef {typeof PARTS[number]} Part */

/**
 * Which parts to run. The runtime part times the files the bytes part finds, so it brings bytes along.
 * @param {string | undefined} text
 * @returns {Set<Part>}
 */
function partList(text) {
  if (!text) return new Set(PARTS);
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !PARTS.includes(/** @type {Part} */ (name)));
  if (unknown.length > 0) {
    throw new Error(`BENCH_PARTS names unknown part(s) ${unknown.join(', ')}; known: ${PARTS.join(', ')}.`);
  }
  const parts = new Set(/** @type {Part[]} */ (names));
  if (parts.has('runtime')) parts.add('bytes');
  return parts;
}

/**
 * @typedef {object} BenchConfig
 * @property {number} rounds Measured rounds per variant (warm-up not counted).
 * @property {number[]} sizes Item counts N, ascending.
 * @property {string[] | undefined} suites Runtime suites to run (all when undefined).
 * @property {boolean} bytes Whether to weigh the bundles.
 * @property {boolean} runtime Whether to run the timed browser part.
 * @property {number} demoRounds Loads of the demo page.
 * @property {boolean} lighthouse Whether to run Lighthouse on the demo site's home page.
 * @property {number} lighthouseRuns Lighthouse runs (the median of each figure is judged).
 */

/** @returns {BenchConfig} */
export function readConfig(env = process.env) {
  const parts = partList(env.BENCH_PARTS);
  return {
    rounds: positiveInteger('BENCH_ROUNDS', env.BENCH_ROUNDS, 7),
    sizes: numberList('BENCH_N', env.BENCH_N, [10, 100, 1000]),
    suites: suiteList(env.BENCH_SUITES),
    bytes: parts.has('bytes'),
    runtime: parts.has('runtime') && env.BENCH_RUNTIME !== '0',
    demoRounds: positiveInteger('BENCH_DEMO_ROUNDS', env.BENCH_DEMO_ROUNDS, 7),
    lighthouse: parts.has('lighthouse'),
    lighthouseRuns: positiveInteger('BENCH_LIGHTHOUSE_RUNS', env.BENCH_LIGHTHOUSE_RUNS, 3),
  };
}
