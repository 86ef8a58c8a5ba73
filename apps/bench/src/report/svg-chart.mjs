// @ts-check
// A hand-made SVG line chart, log-log: cost against N, one line per variant. No chart library.

const COLORS = ['#444444', '#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const WIDTH = 720;
const HEIGHT = 380;
const PLOT = { left: 64, right: 220, top: 40, bottom: 48 };

/** @param {string} text */
const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * @param {object} chart
 * @param {string} chart.title
 * @param {string} chart.yLabel
 * @param {{ label: string, points: { n: number, value: number }[] }[]} chart.series
 * @returns {string}
 */
export function lineChart({ title, yLabel, series }) {
  const points = series.flatMap((one) => one.points).filter((point) => point.value > 0);
  const width = WIDTH - PLOT.left - PLOT.right;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="14" font-weight="600">${escape(title)}</text>`,
  ];
  if (points.length === 0) {
    parts.push(`<text x="${PLOT.left}" y="${PLOT.top + 20}">no data</text></svg>`);
    return parts.join('\n');
  }
  const decades = (/** @type {number[]} */ values) => ({
    low: Math.floor(Math.log10(Math.min(...values))),
    high: Math.ceil(Math.log10(Math.max(...values))),
  });
  const xs = decades(points.map((point) => point.n));
  const ys = decades(points.map((point) => point.value));
  if (xs.high === xs.low) xs.high += 1;
  if (ys.high === ys.low) ys.high += 1;
  const sx = (/** @type {number} */ n) => PLOT.left + ((Math.log10(n) - xs.low) / (xs.high - xs.low)) * width;
  const sy = (/** @type {number} */ v) =>
    PLOT.top + height - ((Math.log10(v) - ys.low) / (ys.high - ys.low)) * height;

  for (let decade = ys.low; decade <= ys.high; decade += 1) {
    const y = sy(10 ** decade).toFixed(1);
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left + width}" y1="${y}" y2="${y}" stroke="#e0e0e0"/>`);
    parts.push(
      `<text x="${PLOT.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${10 ** decade >= 1 ? (10 ** decade).toString() : (10 ** decade).toFixed(-decade)}</text>`,
    );
  }
  for (const n of [...new Set(points.map((point) => point.n))]) {
    const x = sx(n).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${PLOT.top}" y2="${PLOT.top + height}" stroke="#f0f0f0"/>`);
    parts.push(
      `<text x="${x}" y="${PLOT.top + height + 18}" text-anchor="middle">${n.toLocaleString('en')}</text>`,
    );
  }
  parts.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${width}" height="${height}" fill="none" stroke="#999999"/>`,
    `<text x="${PLOT.left + width / 2}" y="${HEIGHT - 8}" text-anchor="middle">N (items, log scale)</text>`,
    `<text transform="translate(16 ${PLOT.top + height / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`,
  );

  series.forEach((one, index) => {
    const color = COLORS[index % COLORS.length] ?? '#000000';
    const visible = one.points.filter((point) => point.value > 0);
    const path = visible.map((point) => `${sx(point.n).toFixed(1)},${sy(point.value).toFixed(1)}`).join(' ');
    if (visible.length > 1)
      parts.push(`<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const point of visible) {
      parts.push(
        `<circle cx="${sx(point.n).toFixed(1)}" cy="${sy(point.value).toFixed(1)}" r="3.5" fill="${color}"/>`,
      );
    }
    const ly = PLOT.top + 8 + index * 20;
    const lx = PLOT.left + width + 16;
    parts.push(`<line x1="${lx}" x2="${lx + 20}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="3"/>`);
    parts.push(`<text x="${lx + 26}" y="${ly}" dominant-baseline="middle">${escape(one.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
