// End-to-end release test: version with a test changeset in a scratch copy of the repository, build,
// `changeset publish` to a throwaway Verdaccio on 127.0.0.1, then install @ketahanan/elements in a fresh
// project from that registry and check in Chromium that what was published works, from a Vite app and from
// a plain script tag with SRI. Nothing is published anywhere else: every npm command that could publish
// runs with a throwaway npmrc and a registry that is checked to be local first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../browser/chromium.mjs';
import { run } from './lib/command.mjs';
import {
  FAQ_HEADING_LEVEL,
  buildViteApp,
  installConsumer,
  writeScriptTagPages,
} from './lib/consumer-app.mjs';
import { createUser, startLocalRegistry } from './lib/local-registry.mjs';
import { assertNpmUsesLocalRegistry, consumerEnv, defaultRegistry, publisherEnv } from './lib/npm-env.mjs';
import { waitForValue, watchPageProblems } from './lib/page-problems.mjs';
import { publicPackages } from './lib/public-packages.mjs';
import { createScratchRepo } from './lib/scratch-repo.mjs';
import { serveStatic } from './lib/static-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const changesetBin = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
const WORKSPACES = publicPackages(repoRoot);
const ALL_TAGS = [
  'kl-faq-accordion',
  'kl-challenge-explorer',
  'kl-principle-checklist',
  'kl-partner-cards',
  'kl-partner-card',
];
const CHANGESET_TEXT = 'Release test: this changeset exists only in a scratch copy.';

/** Verdaccio lives in this folder's own install, outside the workspaces; install it on first use. */
function ensureVerdaccio() {
  const installed = join(here, 'node_modules/verdaccio/package.json');
  const wanted = readJson(join(here, 'package.json')).dependencies.verdaccio;
  if (existsSync(installed) && readJson(installed).version === wanted) return;
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: here,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`npm ci in tools/release-test failed:\n${result.stdout}\n${result.stderr}`);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Later steps build on earlier ones: say so plainly instead of failing with a follow-on error. */
const reached = new Set();
function needs(step) {
  if (!reached.has(step)) throw new Error(`Not run: the "${step}" step above failed.`);
}

/** Compares two plain x.y.z versions: negative, zero or positive. */
function compareVersions(a, b) {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

describe(
  'release: changeset version, publish to a local registry, install and use',
  // A guard against a hung step (a registry or browser that never answers), not a speed check.
  { timeout: 600_000 },
  () => {
    const env = { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false' };
    let work, scratch, consumer, registry, publishing, installing, server, browser;
    const previousVersion = readJson(join(repoRoot, 'packages/elements/package.json')).version;
    // Set by `changeset version`: our patch changeset plus any changesets waiting in the repository.
    let expectedVersion;

    before(async () => {
      ensureVerdaccio();
      work = mkdtempSync(join(tmpdir(), 'ketahanan-release-'));
      scratch = join(work, 'repo');
      consumer = join(work, 'consumer');
      const upstream = await defaultRegistry(repoRoot);
      registry = await startLocalRegistry(join(work, 'registry'));
      const token = await createUser(registry.url, 'release-test');
      publishing = publisherEnv(work, registry.url, token);
      await createScratchRepo(repoRoot, scratch, WORKSPACES);
      installing = consumerEnv(work, registry.url, upstream);
      browser = await chromium.launch(chromiumLaunchOptions());
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      await registry?.stop(); // by its PID
      if (work && !process.env.KEEP_RELEASE_TEST) rmSync(work, { recursive: true, force: true });
    });

    test('changeset version bumps every package together, writes changelogs and syncs VERSION', async () => {
      const bumps = [...WORKSPACES.keys()].map((name) => `'${name}': patch\n`).join('');
      writeFileSync(join(scratch, '.changeset/release-test.md'), `---\n${bumps}---\n\n${CHANGESET_TEXT}\n`);
      await run(process.execPath, [changesetBin, 'version'], { cwd: scratch, env });
      await run(process.execPath, ['packages/elements/scripts/sync-version.mjs'], { cwd: scratch, env });

      expectedVersion = readJson(join(scratch, 'packages/elements/package.json')).version;
      assert.ok(
        compareVersions(expectedVersion, previousVersion) > 0,
        `${expectedVersion} > ${previousVersion}`,
      );
      assert.deepEqual(
        readdirSync(join(scratch, '.changeset')).filter(
          (file) => file.endsWith('.md') && file !== 'README.md',
        ),
        [],
        'every changeset was consumed',
      );
      for (const folder of WORKSPACES.values()) {
        assert.equal(readJson(join(scratch, folder, 'package.json')).version, expectedVersion, folder);
        assert.match(
          readFileSync(join(scratch, folder, 'CHANGELOG.md'), 'utf8'),
          new RegExp(`## ${expectedVersion}[^]*${CHANGESET_TEXT}`),
        );
      }
      assert.equal(
        readJson(join(scratch, 'packages/elements/package.json')).dependencies['@ketahanan/model'],
        expectedVersion,
      );
      assert.match(
        readFileSync(join(scratch, 'packages/elements/src/shared/version.ts'), 'utf8'),
        new RegExp(`export const VERSION = '${expectedVersion}';`),
      );
      reached.add('version');
    });

    test('after a build, changeset publish puts every package on the local registry', async () => {
      needs('version');
      for (const folder of WORKSPACES.values())
        await run('npm', ['run', 'build'], { cwd: join(scratch, folder), env });
      // `changeset publish` runs `npm publish` in each package folder with this same environment and root.
      await assertNpmUsesLocalRegistry(scratch, publishing);
      await run(process.execPath, [changesetBin, 'publish', '--no-git-tag'], {
        cwd: scratch,
        env: publishing,
      });

      for (const name of WORKSPACES.keys()) {
        const response = await fetch(new URL(name.replace('/', '%2f'), registry.url));
        assert.equal(response.status, 200, `${name} is on the local registry`);
        const packument = await response.json();
        assert.equal(packument['dist-tags'].latest, expectedVersion, `${name} latest`);
      }
      reached.add('publish');
    });

    test('npm install @ketahanan/elements in a fresh project takes it and the model from the local registry', async () => {
      needs('publish');
      await assertNpmUsesLocalRegistry(work, installing, { scopeOnly: true });
      const lock = await installConsumer(consumer, installing);
      for (const name of ['@ketahanan/elements', '@ketahanan/model']) {
        const entry = lock.packages[`node_modules/${name}`];
        assert.equal(entry?.version, expectedVersion, `${name} installed version`);
        assert.ok(entry.resolved.startsWith(registry.url), `${name} resolved from ${entry.resolved}`);
      }
      const installed = join(consumer, 'node_modules/@ketahanan/elements');
      assert.match(
        readFileSync(join(installed, 'dist/shared/version.js'), 'utf8'),
        new RegExp(`'${expectedVersion}'`),
      );
      assert.match(readFileSync(join(installed, 'CHANGELOG.md'), 'utf8'), new RegExp(CHANGESET_TEXT));
      assert.ok(existsSync(join(installed, 'LICENSE')), 'LICENSE is published');
      reached.add('install');
    });

    test('a Vite app that imports one element renders it, and a click opens a question', async () => {
      needs('install');
      await buildViteApp(consumer);
      const installedCdn = join(consumer, 'node_modules/@ketahanan/elements/dist/cdn');
      writeScriptTagPages(
        join(work, 'pages'),
        readJson(join(installedCdn, 'integrity.json')).files['ketahanan.js'],
      );
      server = await serveStatic([
        ['/cdn/', installedCdn],
        ['/pages/', join(work, 'pages')],
        ['/', join(consumer, 'dist')],
      ]);
      reached.add('serve');

      const page = await browser.newPage();
      const problems = watchPageProblems(page);
      await page.goto(`${server.origin}/`);
      const accordion = page.locator('kl-faq-accordion');
      const question = accordion.locator('button[aria-controls]').first();
      await question.waitFor();
      assert.ok(
        (await accordion.getByRole('heading', { level: FAQ_HEADING_LEVEL }).count()) > 0,
        'heading-level is used',
      );
      const panel = accordion.locator(`[id="${await question.getAttribute('aria-controls')}"]`);
      assert.equal(await question.getAttribute('aria-expanded'), 'false');
      assert.equal(await panel.isVisible(), false, 'panel starts closed');

      await question.click();
      await waitForValue(() => question.getAttribute('aria-expanded'), 'true', 'aria-expanded after click');
      assert.equal(await panel.isVisible(), true, 'panel opens');
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.exportIsDefinedClass),
        'true',
        'KlFaqAccordion is exported and is the defined class',
      );
      assert.equal(
        await page.evaluate(() => customElements.get('kl-partner-cards')),
        undefined,
        'importing one element does not define the others',
      );
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('the published dist/cdn/ketahanan.js runs from a plain script tag with its integrity.json SRI', async () => {
      needs('serve');
      const integrity = readJson(join(consumer, 'node_modules/@ketahanan/elements/dist/cdn/integrity.json'));
      assert.equal(integrity.version, expectedVersion, 'integrity.json names the published version');

      const page = await browser.newPage();
      const problems = watchPageProblems(page);
      await page.goto(`${server.origin}/pages/script-tag.html`);
      await page
        .waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), ALL_TAGS, {
          timeout: 10_000,
        })
        .catch(async () => {
          const missing = await page.evaluate(
            (tags) => tags.filter((tag) => !customElements.get(tag)),
            ALL_TAGS,
          );
          throw new Error(`ketahanan.js did not define ${missing.join(', ')}\n${problems.join('\n')}`);
        });
      const question = page.locator('kl-faq-accordion button[aria-controls]').first();
      assert.equal(await question.getAttribute('aria-expanded'), 'false');
      await question.click();
      await waitForValue(() => question.getAttribute('aria-expanded'), 'true', 'aria-expanded after click');
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('the same script tag with a hash that does not match is refused', async () => {
      needs('serve');
      const page = await browser.newPage();
      const problems = watchPageProblems(page);
      await page.goto(`${server.origin}/pages/script-tag-wrong-integrity.html`, { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => customElements.get('kl-faq-accordion')), undefined);
      assert.ok(
        problems.some((problem) => /integrity/i.test(problem)),
        problems.join('\n'),
      );
      await page.close();
    });
  },
);
