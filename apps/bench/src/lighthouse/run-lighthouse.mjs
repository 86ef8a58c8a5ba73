// @ts-check
// Lighthouse (its default config: the mobile preset, simulated slow 4G and 4x CPU slowdown) on the demo
// site's home page, served by the demo site's own server on 127.0.0.1, in the system Chromium. Each run is
// a fresh Chromium, so no run inherits another's HTTP cache or compiled code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteServer, stopSiteServer } from '@ketahanan/demo-site/server';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../../../tools/browser/chromium.mjs';
import { demoDistDir } from '../paths.mjs';
import { CATEGORIES } from './result.mjs';

/**
 * Flags for chrome-launcher: the project's offline set (no background services, dead-end proxy;
 * loopback bypasses it) plus the new headless mode, which renders like a headed browser.
 */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** @param {import('lighthouse').Result} lhr @returns {import('./result.mjs').LighthouseRun} */
function readRun(lhr) {
  /** @param {string} id */
  const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  /** @type {Map<string, import('./result.mjs').LostPoints>} */
  const lost = new Map();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // Weight 0 audits are diagnostics: they never move the score, so they are not "lost points".
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lost.set(audit.id, {
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { value: audit.displayValue } : {}),
      });
    }
  }
  const scores = /** @type {Record<import('./result.mjs').Category, number>} */ (
    Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
    )
  );
  return {
    scores,
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lost: [...lost.values()],
    warnings: lhr.runWarnings,
  };
}

/**
 * @param {string} url
 * @returns {Promise<{ lhr: import('lighthouse').Result }>}
 */
async function auditOnce(url) {
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
      // Only the report's picture of the whole page; no category reads it.
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error('Lighthouse returned no result.');
    const { runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code}: ${runtimeError.message}`);
    return { lhr: result.lhr };
  } finally {
    chrome.kill();
  }
}

/**
 * @param {object} options
 * @param {number} options.runs
 * @param {(line: string) => void} options.log
 * @returns {Promise<import('./result.mjs').LighthouseResult>}
 */
export async function runLighthouse({ runs, log }) {
  const page = 'apps/demo-site/dist/index.html';
  if (!existsSync(join(demoDistDir, 'index.html')))
    return { page, version: '-', browser: '-', runs: [], error: 'apps/demo-site is not built' };
  const { server, url } = await startSiteServer();
  /** @type {import('./result.mjs').LighthouseRun[]} */
  const results = [];
  let version = '-';
  let browser = '-';
  try {
    for (let run = 1; run <= runs; run += 1) {
      const { lhr } = await auditOnce(`${url}/`);
      version = lhr.lighthouseVersion;
      browser = lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? browser;
      const result = readRun(lhr);
      results.push(result);
      log(
        `  Lighthouse run ${run}: ${CATEGORIES.map((category) => `${category} ${result.scores[category]}`).join(', ')}, TBT ${result.tbtMs.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}`,
      );
    }
    return { page, version, browser, runs: results };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
    log(`  Lighthouse failed: ${message}`);
    return { page, version, browser, runs: results, error: message };
  } finally {
    await stopSiteServer(server);
  }
}
