// @ts-check
// Number formats and the one table layout used for both the terminal and report.md (aligned pipe tables
// read well in both).

/** Milliseconds with precision that fits their size. */
export function ms(/** @type {number | undefined} */ value) {
  if (value === undefined || Number.isNaN(value)) return '-';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** Median with the interquartile range: "12.3 (11.9–13.0)". */
export function msSpread(/** @type {import('../stats/summary.mjs').Spread | undefined} */ value) {
  if (!value) return '-';
  return `${ms(value.median)} (${ms(value.p25)}–${ms(value.p75)})`;
}

export function ratio(/** @type {number | undefined} */ value) {
  return value === undefined || Number.isNaN(value) ? '-' : `${value.toFixed(2)}x`;
}

export function kilobytes(/** @type {number | undefined} */ bytes) {
  return bytes === undefined ? '-' : (bytes / 1000).toFixed(1);
}

/**
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} [align]  per column; default left
 */
export function table(header, rows, align = []) {
  const clean = (/** @type {string} */ cell) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const all = [header, ...rows].map((row) => row.map(clean));
  const widths = header.map((_, column) => Math.max(3, ...all.map((row) => (row[column] ?? '').length)));
  const pad = (/** @type {string} */ cell, /** @type {number} */ column) =>
    align[column] === 'r' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0);
  const line = (/** @type {string[]} */ row) =>
    `| ${row.map((cell, column) => pad(cell, column)).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (align[column] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}
