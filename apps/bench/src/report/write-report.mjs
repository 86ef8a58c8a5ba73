// @ts-check
// Writes results/report.md, one SVG chart per suite, and the raw samples as JSON.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resultsDir } from '../paths.mjs';
import { CAP_AFTER_ROUNDS, SLOW_RUN_MS, SLOW_TOTAL_MS } from '../runtime/run-rounds.mjs';
import { CPU_RATIO_FLOOR_MS } from '../stats/analyse.mjs';
import { lineChart } from './svg-chart.mjs';
import {
  bytesTable,
  demoTable,
  lighthouseNotes,
  lighthouseTable,
  suiteNotes,
  suiteTable,
  targetsTable,
} from './tables.mjs';

/**
 * @typedef {object} ReportInput
 * @property {string[]} runLines  when, where, how many rounds
 * @property {import('./targets.mjs').TargetResult[]} targets
 * @property {import('../bytes/measure-bytes.mjs').ByteRow[] | undefined} bytes  undefined when not weighed
 * @property {{ suite: import('../runtime/variants.mjs').SuiteSpec, rows: import('../stats/analyse.mjs').VariantRow[] }[]} suites
 * @property {import('../runtime/demo-page.mjs').DemoResult | undefined} demo
 * @property {import('../lighthouse/result.mjs').LighthouseResult | undefined} lighthouse
 * @property {unknown} raw  everything measured, for later digging
 */

const METHOD = `## How this was measured
- **Bytes**: each subject is an entry module of import lines bundled by Vite 8 (Rolldown) in production mode,
  all dependencies inlined (lit included), minified, no code splitting: what a site's own build ships. The
  script-tag files in \`packages/elements/dist/cdn\` are weighed as they are. gzip level 9, brotli quality 11;
  1 kB = 1,000 bytes. Themes the peers require are listed on their own rows.
- **Runtime**: headless system Chromium (Playwright, \`tools/browser/chromium.mjs\`), pages served from
  127.0.0.1, viewport 1280x800, reduced motion for every variant (so no variant is timed on its animation
  length). Each sample is a fresh page load with the variant's code already loaded and defined: then the
  first render of N items, then each interaction, each timed on its own. Variants run interleaved
  (A B C … A B C …) after one warm-up pass; N grows within a round.
- **Settled** means the state a user asked for is in the DOM (N questions shown, the item expanded, the tab
  selected, only matching cards visible), every queued update ran, and style and layout were forced. Wall-clock
  ms are \`performance.now()\` in the page (5 µs resolution, cross-origin isolated). **CPU ms** is Chromium's
  main-thread \`TaskDuration\` over the same window in thread time, minus a no-op action measured the same way
  on the same page. It also counts work the action caused just after the window, such as painting the
  result, when it ran before the next reading; wall-clock ms stop at the forced layout.
- **x native**: the ratio to the suite's first row (native HTML), computed in each round and then the median
  taken; wall / CPU. CPU times under ${CPU_RATIO_FLOOR_MS} ms count as ${CPU_RATIO_FLOOR_MS} ms in ratios (the no-op
  subtraction leaves about that much noise). **Heap**: JS heap kept after the first render, after a forced GC, less the empty page's.
  **Long tasks**: PerformanceObserver \`longtask\` entries (> 50 ms) overlapping each action, summed over rounds
  (render · actions).
- On a shared 2-core machine wall-clock time also counts time the tab waited for a core; CPU time does not.
  Time targets are judged on both and both verdicts printed.
- **Lighthouse**: its default config (the mobile preset: Moto G Power screen, simulated slow 4G and 4x CPU
  slowdown), the four categories only, on the demo site's home page served by the demo site's own server
  (brotli, cache headers) on 127.0.0.1, each run in a fresh headless system Chromium. Scores are rounded as
  Lighthouse shows them; each target is judged on the median over the runs. TBT and LCP are simulated
  from the observed trace, so a loaded machine raises them: the benchmark index (Lighthouse's own
  measure of the machine's speed during the run) is printed beside them. Peers that need more than ${SLOW_RUN_MS / 1000} s per page run
  stop after ${CAP_AFTER_ROUNDS} rounds at that size, or once they used ${SLOW_TOTAL_MS / 1000} s there (noted); the native baselines and our elements always get every round.`;

/** @param {ReportInput} input */
export async function writeReport(input) {
  await mkdir(resultsDir, { recursive: true });
  const sections = [
    '# Ketahanan Lokal: size and speed against native HTML and peers',
    input.runLines.map((line) => `- ${line}`).join('\n'),
    '## Targets',
    targetsTable(input.targets),
    ...(input.bytes ? ['## Bytes', bytesTable(input.bytes)] : []),
  ];
  for (const { suite, rows } of input.suites) {
    const chartFile = `${suite.name}-render.svg`;
    const variants = [...new Set(rows.map((row) => row.variant))];
    const chart = lineChart({
      title: `${suite.title}: first render, main-thread CPU`,
      yLabel: 'CPU ms (median, log scale)',
      series: variants.map((variant) => ({
        label: rows.find((row) => row.variant === variant)?.label ?? variant,
        points: rows
          .filter((row) => row.variant === variant)
          .flatMap((row) => {
            const value = row.actions.render?.cpuMs?.median;
            return value === undefined ? [] : [{ n: row.n, value }];
          }),
      })),
    });
    await writeFile(join(resultsDir, chartFile), chart);
    const notes = suiteNotes(rows);
    sections.push(
      `## ${suite.title}`,
      suiteTable(suite, rows),
      ...(notes ? [notes] : []),
      `![${suite.title}](${chartFile})`,
    );
  }
  if (input.demo) {
    sections.push(
      '## Page with all four widgets',
      `Page: ${input.demo.page}${input.demo.error ? ` — error: ${input.demo.error}` : ''}`,
      ...(input.demo.rounds.length > 0 ? [demoTable(input.demo)] : []),
    );
  }
  if (input.lighthouse) {
    const notes = lighthouseNotes(input.lighthouse);
    sections.push(
      '## Lighthouse, mobile preset',
      `Page: ${input.lighthouse.page}, Lighthouse ${input.lighthouse.version}`,
      ...(input.lighthouse.runs.length > 0 ? [lighthouseTable(input.lighthouse)] : []),
      ...(notes ? [notes] : []),
    );
  }
  sections.push(METHOD);
  const path = join(resultsDir, 'report.md');
  await writeFile(path, `${sections.join('\n\n')}\n`);
  await writeFile(join(resultsDir, 'samples.json'), `${JSON.stringify(input.raw, null, 1)}\n`);
  return path;
}
