// @ts-check
// The browser half of the bench: one headless Chromium (the project's one launch config), one local
// server, every suite in turn.
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../../tools/browser/chromium.mjs';
import { browserDir, siteDir } from '../paths.mjs';
import { writeBenchPage } from './bench-page.mjs';
import { ourFiles } from './our-files.mjs';
import { LONG_TASK_RECORDER } from './page-probes.mjs';
import { runSuite } from './run-rounds.mjs';
import { serve } from './serve.mjs';
import { SUITES } from './variants.mjs';

/**
 * @typedef {object} SuiteResult
 * @property {import('./variants.mjs').SuiteSpec} suite
 * @property {import('./run-rounds.mjs').PreparedVariant[]} variants
 * @property {import('./run-rounds.mjs').Sample[]} samples
 * @property {Map<string, string>} failures  "variant@n" to the error that stopped it
 * @property {Map<string, number>} capped  "variant@n" to the rounds it got before being capped as too slow
 */

/**
 * Pages for a suite's variants; a variant whose code is missing (our element before its build) is
 * listed as skipped rather than failing the run.
 * @param {import('./variants.mjs').SuiteSpec} suite
 * @param {import('../bytes/measure-bytes.mjs').ByteRow[]} rows
 * @returns {Promise<import('./run-rounds.mjs').PreparedVariant[]>}
 */
async function prepare(suite, rows) {
  return Promise.all(
    suite.variants.map(async (spec) => {
      if (spec.ours) {
        const files = ourFiles(spec.ours, rows);
        if (!files)
          return { spec, pageUrl: undefined, skipped: 'not built yet (no dist/cdn file, no npm entry)' };
        return { spec, pageUrl: await writeBenchPage(spec.id, files.urls), source: files.source };
      }
      const subjects = spec.subjects.map((id) => rows.find((row) => row.id === id));
      const missing = spec.subjects.filter((_, i) => !subjects[i]?.urls.length);
      if (missing.length > 0)
        return { spec, pageUrl: undefined, skipped: `bundle missing: ${missing.join(', ')}` };
      const urls = subjects.flatMap((row) => row?.urls ?? []);
      return { spec, pageUrl: await writeBenchPage(spec.id, urls) };
    }),
  );
}

/**
 * @param {object} options
 * @param {import('../config.mjs').BenchConfig} options.config
 * @param {import('../bytes/measure-bytes.mjs').ByteRow[]} options.rows
 * @param {(line: string) => void} options.log
 * @param {(context: import('playwright').BrowserContext) => Promise<void>} [options.alsoRun]  e.g. the demo page
 * @returns {Promise<{ results: SuiteResult[], browserVersion: string }>}
 */
export async function runRuntime({ config, rows, log, alsoRun }) {
  const server = await serve({ '/': siteDir, '/browser/': browserDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // Reduced motion for every variant alike: settle times measure work, not animation lengths.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    await context.addInitScript({ content: LONG_TASK_RECORDER });
    /** @type {SuiteResult[]} */
    const results = [];
    for (const suite of SUITES) {
      if (config.suites && !config.suites.includes(suite.name)) continue;
      const variants = await prepare(suite, rows);
      for (const variant of variants)
        if (variant.skipped) log(`    ${variant.spec.id}: skipped, ${variant.skipped}`);
      const started = Date.now();
      const { samples, failures, capped } = await runSuite({
        context,
        origin: server.origin,
        suite,
        variants,
        sizes: config.sizes,
        rounds: config.rounds,
        log,
      });
      log(`  ${suite.title}: ${samples.length} samples in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      results.push({ suite, variants, samples, failures, capped });
    }
    if (alsoRun) await alsoRun(context);
    await context.close();
    return { results, browserVersion: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
