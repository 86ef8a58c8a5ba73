// @ts-check
// The report's tables: targets, bytes, one per runtime suite, the demo page, Lighthouse.
import { CATEGORIES } from '../lighthouse/result.mjs';
import { kilobytes, ms, msSpread, ratio, table } from './format.mjs';
import { medianOf } from './lighthouse-targets.mjs';

const ACTION_LABELS = /** @type {Record<string, string>} */ ({
  render: 'first render',
  toggle: 'toggle',
  showAll: 'show all',
  tab: 'tab change',
  check: 'tick',
  filter: 'filter',
});

/** @param {import('./targets.mjs').TargetResult[]} targets */
export function targetsTable(targets) {
  return table(
    ['target', 'CPU time / size', 'verdict', 'wall-clock', 'verdict', 'note'],
    targets.map((target) => [
      target.target,
      target.measured,
      target.verdict,
      target.measuredWall ?? '',
      target.verdictWall ?? '',
      target.note ?? '',
    ]),
  );
}

/** @param {import('../bytes/measure-bytes.mjs').ByteRow[]} rows */
export function bytesTable(rows) {
  return table(
    ['group', 'what', 'min kB', 'gzip kB', 'brotli kB', 'note'],
    rows.map((row) => [
      row.group,
      row.label,
      kilobytes(row.sizes?.min),
      kilobytes(row.sizes?.gzip),
      kilobytes(row.sizes?.brotli),
      row.note ?? '',
    ]),
    ['l', 'l', 'r', 'r', 'r', 'l'],
  );
}

/**
 * @param {import('../runtime/variants.mjs').SuiteSpec} suite
 * @param {import('../stats/analyse.mjs').VariantRow[]} rows
 */
export function suiteTable(suite, rows) {
  const actions = ['render', ...suite.actions];
  const header = [
    'N',
    'variant',
    'rounds',
    ...actions.flatMap((action) => [
      `${ACTION_LABELS[action] ?? action} ms (IQR)`,
      'CPU ms',
      'x native wall / CPU',
    ]),
    'heap kB',
    'long tasks',
  ];
  const body = rows.map((row) => [
    String(row.n),
    row.label,
    String(row.rounds),
    ...actions.flatMap((action) => {
      const summary = row.actions[action];
      return [
        msSpread(summary?.ms),
        ms(summary?.cpuMs?.median),
        row.baseline ? '1' : `${ratio(summary?.ratioMs?.median)} / ${ratio(summary?.ratioCpu?.median)}`,
      ];
    }),
    kilobytes(row.heapBytes?.median),
    actions.map((action) => String(row.actions[action]?.longTasks ?? 0)).join(' · '),
  ]);
  const align = /** @type {('l' | 'r')[]} */ (header.map((_, column) => (column === 1 ? 'l' : 'r')));
  return table(header, body, align);
}

/** Reasons some rows have fewer rounds or no numbers, and where our code came from; one line per note. */
export function suiteNotes(/** @type {import('../stats/analyse.mjs').VariantRow[]} */ rows) {
  /** @type {Map<string, { label: string, note: string, sizes: number[] }>} */
  const notes = new Map();
  for (const row of rows) {
    for (const note of row.note?.split('; ') ?? []) {
      const key = `${row.label}\u0000${note}`;
      const entry = notes.get(key) ?? { label: row.label, note, sizes: [] };
      entry.sizes.push(row.n);
      notes.set(key, entry);
    }
  }
  return [...notes.values()]
    .map(({ label, note, sizes }) => `- ${label} (N=${sizes.join(', ')}): ${note}`)
    .join('\n');
}

/** @param {import('../runtime/demo-page.mjs').DemoResult} demo */
export function demoTable(demo) {
  return table(
    ['load', 'all rendered ms', 'load CPU ms', 'long tasks (load)', 'long tasks (use)', 'longest task ms'],
    demo.rounds.map((round, i) => [
      String(i + 1),
      ms(round.renderedMs),
      ms(round.loadCpuMs),
      String(round.loadLongTasks),
      String(round.interactionLongTasks),
      ms(round.longestTaskMs),
    ]),
    ['r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** @param {import('../lighthouse/result.mjs').LighthouseResult} result */
export function lighthouseTable(result) {
  /** @param {(run: import('../lighthouse/result.mjs').LighthouseRun) => number} pick */
  const median = (pick) => medianOf(result.runs, pick);
  /** @param {string} label @param {(pick: (run: import('../lighthouse/result.mjs').LighthouseRun) => number) => number} value */
  const row = (label, value) => [
    label,
    ...CATEGORIES.map((category) => String(value((run) => run.scores[category]))),
    ms(value((run) => run.tbtMs)),
    value((run) => run.cls).toFixed(3),
    ms(value((run) => run.fcpMs)),
    ms(value((run) => run.lcpMs)),
    value((run) => run.benchmarkIndex).toFixed(0),
  ];
  return table(
    [
      'run',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'TBT ms',
      'CLS',
      'FCP ms',
      'LCP ms',
      'benchmark index',
    ],
    [...result.runs.map((run, i) => row(String(i + 1), (pick) => pick(run))), row('median', median)],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** The audits that cost points, with the runs they failed in, then Lighthouse's own warnings. */
export function lighthouseNotes(/** @type {import('../lighthouse/result.mjs').LighthouseResult} */ result) {
  /** @type {Map<string, { title: string, values: string[], runs: number }>} */
  const audits = new Map();
  for (const run of result.runs) {
    for (const audit of run.lost) {
      const entry = audits.get(audit.id) ?? { title: audit.title, values: [], runs: 0 };
      entry.runs += 1;
      entry.values.push(audit.value ?? `score ${audit.score.toFixed(2)}`);
      audits.set(audit.id, entry);
    }
  }
  const warnings = [...new Set(result.runs.flatMap((run) => run.warnings))];
  return [
    ...[...audits].map(
      ([id, { title, values, runs }]) =>
        `- below full marks in ${runs} of ${result.runs.length} run(s): ${id} (${title}): ${values.join(', ')}`,
    ),
    ...warnings.map((warning) => `- Lighthouse warns: ${warning}`),
    ...(result.error ? [`- error: ${result.error}`] : []),
  ].join('\n');
}
