// @ts-check
// `npm run bench`: weighs every bundle, times every widget against native HTML and the peers, writes
// results/report.md and prints the tables. Missed targets are reported, never an exit code: the run
// fails only when it cannot measure at all.
import { cpus, loadavg } from 'node:os';
import { relative } from 'node:path';
import { measureBytes } from './bytes/measure-bytes.mjs';
import { readConfig } from './config.mjs';
import { repoDir } from './paths.mjs';
import { runDemoPage } from './runtime/demo-page.mjs';
import { ourFiles } from './runtime/our-files.mjs';
import { runRuntime } from './runtime/run-runtime.mjs';
import { analyseSuite } from './stats/analyse.mjs';
import { evaluateTargets } from './report/targets.mjs';
import { lighthouseTargets } from './report/lighthouse-targets.mjs';
import {
  bytesTable,
  demoTable,
  lighthouseNotes,
  lighthouseTable,
  suiteNotes,
  suiteTable,
  targetsTable,
} from './report/tables.mjs';
import { writeReport } from './report/write-report.mjs';

function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
}

async function main() {
  const started = Date.now();
  const config = readConfig();
  const log = (/** @type {string} */ line) => {
    console.log(line);
  };
  const load = loadAverage();
  log(`bench: ${config.rounds} rounds, N = ${config.sizes.join(', ')}, ${cpus().length} cores, load ${load}`);

  /** @type {import('./bytes/measure-bytes.mjs').ByteRow[] | undefined} */
  let bytes;
  if (config.bytes) {
    log('Bytes: bundling and weighing…');
    bytes = await measureBytes(log);
  }

  /** @type {import('./runtime/run-runtime.mjs').SuiteResult[]} */
  let results = [];
  /** @type {import('./runtime/demo-page.mjs').DemoResult | undefined} */
  let demo;
  let browserVersion = '-';
  if (config.runtime && bytes) {
    log('Runtime: headless Chromium…');
    const allInOne = ourFiles('ketahanan', bytes);
    const runtime = await runRuntime({
      config,
      rows: bytes,
      log,
      alsoRun: async (context) => {
        demo = await runDemoPage({ context, rounds: config.demoRounds, allInOne: allInOne?.urls, log });
      },
    });
    results = runtime.results;
    browserVersion = runtime.browserVersion;
  }

  /** @type {(import('./lighthouse/result.mjs').LighthouseResult & { loadBefore: string, loadAfter: string }) | undefined} */
  let lighthouse;
  if (config.lighthouse) {
    log(`Lighthouse (mobile preset): ${config.lighthouseRuns} run(s) on the demo site's home page…`);
    const { runLighthouse } = await import('./lighthouse/run-lighthouse.mjs');
    const loadBefore = loadAverage();
    lighthouse = {
      ...(await runLighthouse({ runs: config.lighthouseRuns, log })),
      loadBefore,
      loadAfter: loadAverage(),
    };
  }

  const suites = results.map((result) => ({ suite: result.suite, rows: analyseSuite(result, config.sizes) }));
  const targets = [
    ...(bytes
      ? evaluateTargets({
          bytes,
          rows: suites.flatMap((suite) => suite.rows),
          demo,
          runtime: config.runtime,
        })
      : []),
    ...(lighthouse ? lighthouseTargets(lighthouse) : []),
  ];
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const runLines = [
    `Run ${new Date().toISOString()}, ${seconds} s; Node ${process.version}${config.runtime ? `, Chromium ${browserVersion}` : ''}`,
    `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ${load}`,
    ...(config.runtime
      ? [
          `${config.rounds} measured rounds after one warm-up, N = ${config.sizes.join(', ')}; demo page ${config.demoRounds} loads`,
        ]
      : []),
    ...(lighthouse
      ? [
          `Lighthouse ${lighthouse.version} (${lighthouse.browser}), mobile preset, ${lighthouse.runs.length} run(s); load average at its start ${lighthouse.loadBefore}, at its end ${lighthouse.loadAfter}`,
        ]
      : []),
  ];
  const path = await writeReport({
    runLines,
    targets,
    bytes,
    suites,
    demo,
    lighthouse,
    raw: { config, bytes, samples: results.flatMap((result) => result.samples), demo, lighthouse },
  });

  const print = (/** @type {string} */ title, /** @type {string} */ body) => {
    console.log(`\n## ${title}\n\n${body}`);
  };
  print('Targets', targetsTable(targets));
  if (bytes) print('Bytes', bytesTable(bytes));
  for (const { suite, rows } of suites) {
    const notes = suiteNotes(rows);
    print(suite.title, notes ? `${suiteTable(suite, rows)}\n\n${notes}` : suiteTable(suite, rows));
  }
  if (demo)
    print(
      `Page with all four widgets: ${demo.page}`,
      demo.rounds.length > 0 ? demoTable(demo) : (demo.error ?? 'no data'),
    );
  if (lighthouse) {
    const notes = lighthouseNotes(lighthouse);
    print(
      `Lighthouse, mobile preset: ${lighthouse.page}`,
      [...(lighthouse.runs.length > 0 ? [lighthouseTable(lighthouse)] : []), ...(notes ? [notes] : [])].join(
        '\n\n',
      ),
    );
  }
  console.log(`\n${runLines.join('\n')}\nReport: ${relative(repoDir, path)}`);
}

main().catch((/** @type {unknown} */ error) => {
  console.error(`bench could not run: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.BENCH_DEBUG && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
