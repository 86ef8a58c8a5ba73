// @ts-check
// The issue's targets, each checked against this run's numbers. Byte targets use brotli with
// 1 kB = 1,000 bytes. Time targets are judged twice: on main-thread CPU time (steady on a shared machine)
// and on wall-clock time (what a visitor waits); both verdicts are printed.

/** @typedef {'PASS' | 'FAIL' | 'NO DATA'} Verdict */

/**
 * @typedef {object} TargetResult
 * @property {string} target
 * @property {string} measured  CPU-time figure, or the byte count
 * @property {Verdict} verdict  on CPU time, or on bytes
 * @property {string} [measuredWall]
 * @property {Verdict} [verdictWall]
 * @property {string} [note]
 */

export const KB = 1000;

const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(1)} kB`;
const x = (/** @type {number} */ ratio) => `${ratio.toFixed(2)}x`;
/** @param {boolean} ok @returns {Verdict} */
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/**
 * @param {import('../bytes/measure-bytes.mjs').ByteRow[]} rows
 * @param {RegExp} cdnName
 * @param {string} npmId
 */
function ourBytes(rows, cdnName, npmId) {
  const cdn = rows.find((row) => row.kind === 'cdn' && cdnName.test(row.label) && row.sizes);
  if (cdn?.sizes) return { brotli: cdn.sizes.brotli, from: `dist/cdn/${cdn.label}` };
  const npm = rows.find((row) => row.id === npmId && row.sizes);
  if (npm?.sizes) return { brotli: npm.sizes.brotli, from: `${npm.label}, bundled (dist/cdn not built)` };
  return undefined;
}

/**
 * @param {string} target
 * @param {{ brotli: number, from: string } | undefined} measured
 * @param {number} budget  bytes
 * @returns {TargetResult}
 */
function byteTarget(target, measured, budget) {
  if (!measured) return { target, measured: '-', verdict: 'NO DATA', note: 'not built yet' };
  return {
    target,
    measured: kb(measured.brotli),
    verdict: verdict(measured.brotli <= budget),
    note: measured.from,
  };
}

/**
 * A ratio target on one or more sizes: every size must pass.
 * @param {string} target
 * @param {import('../stats/analyse.mjs').VariantRow[]} rows
 * @param {string} variant
 * @param {string} action
 * @param {number[]} sizes
 * @param {number} limit
 * @returns {TargetResult}
 */
function ratioTarget(target, rows, variant, action, sizes, limit) {
  const found = sizes.map((n) => ({ n, row: rows.find((row) => row.variant === variant && row.n === n) }));
  const cpu = found.map(({ n, row }) => ({ n, ratio: row?.actions[action]?.ratioCpu?.median }));
  const wall = found.map(({ n, row }) => ({ n, ratio: row?.actions[action]?.ratioMs?.median }));
  /** @param {{ n: number, ratio: number | undefined }[]} list */
  const text = (list) =>
    list.map(({ n, ratio }) => `N=${n}: ${ratio === undefined ? '-' : x(ratio)}`).join(', ');
  /** @param {{ ratio: number | undefined }[]} list @returns {Verdict} */
  const judge = (list) =>
    list.some(({ ratio }) => ratio === undefined)
      ? 'NO DATA'
      : verdict(list.every(({ ratio }) => (ratio ?? Infinity) <= limit));
  return {
    target,
    measured: text(cpu),
    verdict: judge(cpu),
    measuredWall: text(wall),
    verdictWall: judge(wall),
  };
}

/**
 * @param {object} input
 * @param {import('../bytes/measure-bytes.mjs').ByteRow[]} input.bytes
 * @param {import('../stats/analyse.mjs').VariantRow[]} input.rows  every suite's rows
 * @param {import('../runtime/demo-page.mjs').DemoResult | undefined} input.demo
 * @param {boolean} input.runtime  whether the browser part ran
 * @returns {TargetResult[]}
 */
export function evaluateTargets({ bytes, rows, demo, runtime }) {
  const results = [
    byteTarget(
      'Script-tag bundle, all four widgets: <= 20 kB brotli',
      ourBytes(bytes, /^ketahanan\.m?js$/, 'ours-npm-index'),
      20 * KB,
    ),
    byteTarget(
      'FAQ accordion alone: <= 10 kB brotli',
      ourBytes(bytes, /^(kl-)?faq-accordion\.m?js$/, 'ours-npm-faq-accordion'),
      10 * KB,
    ),
  ];
  if (!runtime) return results;

  results.push(
    ratioTarget(
      'FAQ first render <= 1.5x native <details> (N=100, 1000)',
      rows,
      'kl-faq-accordion',
      'render',
      [100, 1000],
      1.5,
    ),
    ratioTarget(
      'FAQ toggle <= 2x native (every N)',
      rows,
      'kl-faq-accordion',
      'toggle',
      sizesOf(rows, 'accordion'),
      2,
    ),
    ratioTarget('FAQ "show all" at N=1000 <= 1x native', rows, 'kl-faq-accordion', 'showAll', [1000], 1),
  );

  const filter = rows.find((row) => row.variant === 'kl-partner-cards' && row.n === 1000)?.actions.filter;
  if (!filter?.cpuMs || !filter.ms) {
    results.push({
      target: 'Partner cards: filter 1,000 cards median <= 16 ms, no long task',
      measured: '-',
      verdict: 'NO DATA',
    });
  } else {
    const tasks = `${filter.longTasks} long task(s)`;
    results.push({
      target: 'Partner cards: filter 1,000 cards median <= 16 ms, no long task',
      measured: `${filter.cpuMs.median.toFixed(1)} ms CPU, ${tasks}`,
      verdict: verdict(filter.cpuMs.median <= 16 && filter.longTasks === 0),
      measuredWall: `${filter.ms.median.toFixed(1)} ms, ${tasks}`,
      verdictWall: verdict(filter.ms.median <= 16 && filter.longTasks === 0),
    });
  }

  if (!demo || demo.rounds.length === 0) {
    results.push({
      target: 'No long task on the page with all four widgets',
      measured: '-',
      verdict: 'NO DATA',
      note: demo?.error ?? '',
    });
  } else {
    const total = demo.rounds.reduce(
      (sum, round) => sum + round.loadLongTasks + round.interactionLongTasks,
      0,
    );
    const longest = Math.max(...demo.rounds.map((round) => round.longestTaskMs));
    results.push({
      target: 'No long task on the page with all four widgets (load + use)',
      measured: `${total} in ${demo.rounds.length} loads${total > 0 ? ` (longest ${longest.toFixed(0)} ms)` : ''}`,
      verdict: verdict(total === 0),
      note: demo.page,
    });
  }
  return results;
}

/** @param {import('../stats/analyse.mjs').VariantRow[]} rows @param {string} suite */
function sizesOf(rows, suite) {
  return [...new Set(rows.filter((row) => row.suite === suite).map((row) => row.n))];
}
