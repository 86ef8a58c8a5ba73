// @ts-check
// The page where all four widgets meet: the demo site's main page when apps/demo-site/dist is built,
// else an equivalent page written here (the four tags with default content and the all-in-one script).
// Every load and every interaction is watched for long tasks.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserDir, demoDistDir, siteDir } from '../paths.mjs';
import { enableCounters, longTasks, readCounters } from './page-probes.mjs';
import { serve } from './serve.mjs';

/** Where the bench's own browser code is mounted beside the demo site (see src/browser/demo-actions.js). */
const ACTIONS_URL = '/__bench/demo-actions.js';

const TAGS = ['kl-faq-accordion', 'kl-challenge-explorer', 'kl-principle-checklist', 'kl-partner-cards'];

/**
 * @typedef {object} DemoRound
 * @property {number} renderedMs  Navigation start until all four widgets rendered.
 * @property {number} loadCpuMs  Main-thread CPU time until then.
 * @property {number} loadLongTasks
 * @property {number} interactionLongTasks
 * @property {number} longestTaskMs
 */

/**
 * @typedef {object} DemoResult
 * @property {string} page  What was loaded.
 * @property {DemoRound[]} rounds
 * @property {string} [error]
 */

/** The demo site's main page, if built and it holds all four widgets. */
async function demoSitePage() {
  const index = join(demoDistDir, 'index.html');
  if (!existsSync(index)) return undefined;
  const html = await readFile(index, 'utf8');
  return TAGS.every((tag) => html.includes(`<${tag}`)) ? '/index.html' : undefined;
}

/**
 * @param {string[]} scriptUrls  the all-in-one script (dist/cdn/ketahanan.js, or the bundled npm root)
 */
async function writeEquivalentPage(scriptUrls) {
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketahanan Lokal: semua widget</title>
${scriptUrls.map((url) => `<script type="module" src="${url}"></script>`).join('\n')}
</head>
<body>
<main>
<h1>Memperkuat Ketahanan Lokal melalui Kemitraan</h1>
<h2>Prinsip kemitraan</h2>
<kl-principle-checklist persist="none"></kl-principle-checklist>
<h2>Praktik baik</h2>
<kl-partner-cards></kl-partner-cards>
<h2>Tantangan</h2>
<kl-challenge-explorer></kl-challenge-explorer>
<h2>Pertanyaan yang sering diajukan</h2>
<kl-faq-accordion></kl-faq-accordion>
</main>
</body>
</html>
`;
  await mkdir(join(siteDir, 'pages'), { recursive: true });
  await writeFile(join(siteDir, 'pages', 'all-widgets.html'), html);
  return '/pages/all-widgets.html';
}

/**
 * @param {object} options
 * @param {import('playwright').BrowserContext} options.context  (with the long-task recorder installed)
 * @param {number} options.rounds
 * @param {string[] | undefined} options.allInOne  URLs of our all-in-one script for the equivalent page
 * @param {(line: string) => void} options.log
 * @returns {Promise<DemoResult>}
 */
export async function runDemoPage({ context, rounds, allInOne, log }) {
  const demo = await demoSitePage();
  if (!demo && !allInOne)
    return {
      page: 'none',
      rounds: [],
      error: 'neither apps/demo-site/dist nor our all-in-one script is built',
    };
  const path = demo ?? (await writeEquivalentPage(allInOne ?? []));
  const server = await serve(
    { '/': demo ? demoDistDir : siteDir, '/__bench/': browserDir },
    { isolate: false },
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {DemoRound[]} */
  const results = [];
  try {
    for (let round = 0; round <= rounds; round += 1) {
      await enableCounters(cdp);
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const renderedMs = await page.evaluate(async (url) => {
        /** @type {typeof import('../browser/demo-actions.js')} */
        const actions = await import(url);
        return actions.whenRendered();
      }, ACTIONS_URL);
      const loaded = await readCounters(cdp);
      const atLoad = await longTasks(page);
      await page.evaluate(async (url) => {
        /** @type {typeof import('../browser/demo-actions.js')} */
        const actions = await import(url);
        await actions.interact();
      }, ACTIONS_URL);
      const all = await longTasks(page);
      if (round === 0) continue; // warm-up
      results.push({
        renderedMs,
        // Chromium restarts these counters with each new document, so this is CPU time since navigation.
        loadCpuMs: loaded.taskMs,
        loadLongTasks: atLoad.length,
        interactionLongTasks: all.length - atLoad.length,
        longestTaskMs: Math.max(0, ...all.map((task) => task.duration)),
      });
    }
    log(`  demo page ${demo ? `apps/demo-site/dist${path}` : '(bench equivalent)'}: ${results.length} loads`);
    return {
      page: demo ? `apps/demo-site/dist${path}` : 'bench page with the four widgets (demo site not built)',
      rounds: results,
    };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
    log(`  demo page failed: ${message}`);
    return { page: path, rounds: results, error: message };
  } finally {
    await page.close();
    await server.close();
  }
}
