// @ts-check
// The report's verdicts: a target passes only on numbers measured in this run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateTargets } from './targets.mjs';

/** @param {number} median */
const spread = (median) => ({ median, p25: median, p75: median, min: median, max: median, count: 7 });

/**
 * One accordion row: `render` at `ratio` times native (CPU and wall-clock alike).
 * @param {string} variant @param {number} n @param {number} ratio
 * @returns {import('../stats/analyse.mjs').VariantRow}
 */
function accordionRow(variant, n, ratio) {
  const action = {
    ms: spread(ratio),
    cpuMs: spread(ratio),
    ratioMs: spread(ratio),
    ratioCpu: spread(ratio),
    longTasks: 0,
    longestTaskMs: 0,
  };
  return {
    suite: 'accordion',
    n,
    variant,
    label: variant === 'lit-min' ? 'minimal Lit element' : variant,
    baseline: false,
    rounds: 7,
    actions: { render: action, toggle: action, showAll: action },
    heapBytes: spread(1000),
  };
}

/** @param {import('../stats/analyse.mjs').VariantRow[]} rows */
const targets = (rows) => evaluateTargets({ bytes: [], rows, demo: undefined, runtime: true });
/** @param {ReturnType<typeof targets>} results @param {string} start */
const find = (results, start) => {
  const found = results.find((result) => result.target.startsWith(start));
  assert.ok(found, `no target "${start}"`);
  return found;
};

test('a target whose suite did not run is NO DATA, never PASS', () => {
  const results = targets([]);
  for (const start of [
    'FAQ first render <= 1.3x',
    'FAQ first render <= 1.0x',
    'FAQ toggle',
    'FAQ "show all"',
  ]) {
    const result = find(results, start);
    assert.equal(result.verdict, 'NO DATA', start);
    assert.equal(result.verdictWall, 'NO DATA', start);
  }
});

test('a size left out of the run (BENCH_N) is NO DATA for its own target only', () => {
  const results = targets([accordionRow('kl-faq-accordion', 10, 1.2), accordionRow('lit-min', 10, 1.1)]);
  assert.equal(find(results, 'FAQ first render <= 1.3x').verdict, 'PASS');
  assert.equal(find(results, 'FAQ first render <= 1.0x').verdict, 'NO DATA');
});

test('every size must meet the limit, and the note gives the minimal Lit element’s ratios', () => {
  const results = targets([
    accordionRow('kl-faq-accordion', 10, 1.25),
    accordionRow('kl-faq-accordion', 100, 1.4),
    accordionRow('lit-min', 10, 1.1),
    accordionRow('lit-min', 100, 1.2),
  ]);
  const render = find(results, 'FAQ first render <= 1.3x');
  assert.equal(render.verdict, 'FAIL');
  assert.equal(render.measured, 'N=10: 1.25x, N=100: 1.40x');
  assert.equal(render.note, 'minimal Lit element: N=10: 1.10x, N=100: 1.20x');
  assert.equal(find(results, 'FAQ toggle').verdict, 'PASS');
});
