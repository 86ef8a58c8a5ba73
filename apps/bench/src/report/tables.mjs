// @ts-check
// The report's tables: targets, bytes, one per runtime suite, the demo page.
import { kilobytes, ms, msSpread, ratio, table } from './format.mjs';

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
