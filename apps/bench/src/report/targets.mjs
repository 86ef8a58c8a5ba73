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
 * A ratio target on one or more sizes: every size must pass. No size measured (its suite or N not run)
 * is NO DATA, never a pass. With a `floor` variant, the note gives its CPU ratios on the same target: what
 * the simplest element of the same kind reaches in this run, on this machine.
 * @param {string} target
 * @param {import('../stats/analyse.mjs').VariantRow[]} rows
 * @param {{ variant: string, action: string, sizes: number[], floor?: string }} where
 * @param {number} limit
 * @returns {TargetResult}
 */
function ratioTarget(target, rows, { variant, action, sizes, floor }, limit) {
  /** @param {string} id @param {'ratioCpu' | 'ratioMs'} kind */
  const ratios = (id, kind) =>
    sizes.map((n) => ({
      n,
      ratio: rows.find((row) => row.variant === id && row.n === n)?.actions[action]?.[kind]?.median,
    }));
  const cpu = ratios(variant, 'ratioCpu');
  const wall = ratios(variant, 'ratioMs');
  /** @param {{ n: number, ratio: number | undefined }[]} list */
  const text = (list) =>
    list.map(({ n, ratio }) => `N=${n}: ${ratio === undefined ? '-' : x(ratio)}`).join(', ');
  /** @param {{ ratio: number | undefined }[]} list @returns {Verdict} */
  const judge = (list) =>
    list.length === 0 || list.some(({ ratio }) => ratio === undefined)
      ? 'NO DATA'
      : verdict(list.every(({ ratio }) => (ratio ?? Infinity) <= limit));
  const floorRow = floor && rows.find((row) => row.variant === floor);
  return {
    target,
    measured: text(cpu) || '-',
    verdict: judge(cpu),
    measuredWall: text(wall) || '-',
    verdictWall: judge(wall),
    ...(floorRow && sizes.length ? { note: `${floorRow.label}: ${text(ratios(floor, 'ratioCpu'))}` } : {}),
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

  const accordionSizes = sizesOf(rows, 'accordion');
  // The minimal Lit accordion is the floor: a target it misses too is beyond any Lit element here.
  const faq = { variant: 'kl-faq-accordion', floor: 'lit-min' };
  results.push(
    ratioTarget(
      'FAQ first render <= 1.3x native <details> (N=10, 100)',
      rows,
      { ...faq, action: 'render', sizes: accordionSizes.filter((n) => n < 1000) },
      1.3,
    ),
    ratioTarget(
      'FAQ first render <= 1.0x native <details> (N=1000)',
      rows,
      { ...faq, action: 'render', sizes: accordionSizes.filter((n) => n >= 1000) },
      1,
    ),
    ratioTarget(
      'FAQ toggle <= 1.5x native (every N)',
      rows,
      { ...faq, action: 'toggle', sizes: accordionSizes },
      1.5,
    ),
    ratioTarget(
      'FAQ "show all" <= 1.0x native (every N)',
      rows,
      { ...faq, action: 'showAll', sizes: accordionSizes },
      1,
    ),
    heapTarget('FAQ JS heap at N=1000 <= minimal Lit accordion + 10%', rows, { ...faq, n: 1000 }, 1.1),
    millisecondsTarget(
      'Partner cards: filter 1,000 cards median <= 16 ms, no long task',
      rows,
      { variant: 'kl-partner-cards', n: 1000, action: 'filter' },
      16,
    ),
    millisecondsTarget(
      'Principle checklist: tick one item at N=1000 median <= 8 ms, no long task',
      rows,
      { variant: 'kl-principle-checklist', n: 1000, action: 'check' },
      8,
    ),
  );

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

/**
 * An absolute time target for one action at one N: its median, CPU and wall-clock, and no long task.
 * @param {string} target
 * @param {import('../stats/analyse.mjs').VariantRow[]} rows
 * @param {{ variant: string, n: number, action: string }} where
 * @param {number} limitMs
 * @returns {TargetResult}
 */
function millisecondsTarget(target, rows, { variant, n, action }, limitMs) {
  const measured = rows.find((row) => row.variant === variant && row.n === n)?.actions[action];
  if (!measured?.cpuMs || !measured.ms) return { target, measured: '-', verdict: 'NO DATA' };
  const tasks = `${measured.longTasks} long task(s)`;
  return {
    target,
    measured: `${measured.cpuMs.median.toFixed(1)} ms CPU, ${tasks}`,
    verdict: verdict(measured.cpuMs.median <= limitMs && measured.longTasks === 0),
    measuredWall: `${measured.ms.median.toFixed(1)} ms, ${tasks}`,
    verdictWall: verdict(measured.ms.median <= limitMs && measured.longTasks === 0),
  };
}

/**
 * Retained JS heap after the first render, as a ratio to the floor variant's in the same run (medians).
 * @param {string} target
 * @param {import('../stats/analyse.mjs').VariantRow[]} rows
 * @param {{ variant: string, floor: string, n: number }} where
 * @param {number} limit
 * @returns {TargetResult}
 */
function heapTarget(target, rows, { variant, floor, n }, limit) {
  const heap = (/** @type {string} */ id) =>
    rows.find((row) => row.variant === id && row.n === n)?.heapBytes?.median;
  const ours = heap(variant);
  const base = heap(floor);
  if (ours === undefined || base === undefined || base === 0)
    return { target, measured: '-', verdict: 'NO DATA' };
  return {
    target,
    measured: `${kb(ours)} vs ${kb(base)}: ${x(ours / base)}`,
    verdict: verdict(ours <= base * limit),
  };
}

/** @param {import('../stats/analyse.mjs').VariantRow[]} rows @param {string} suite */
function sizesOf(rows, suite) {
  return [...new Set(rows.filter((row) => row.suite === suite).map((row) => row.n))];
}
