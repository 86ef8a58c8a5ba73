import { configDefaults, defineConfig } from 'vitest/config';
import { engineProject, engineProjects, rootBrowserOptions } from '../../tools/browser/vitest-browser.mjs';
import { contentServer } from './test/content-server.js';
import { scriptTagPages } from './test/script-tag-pages.js';

const chromiumOnly = [...configDefaults.exclude, '**/*.node.test.ts', '**/*.chromium.test.ts'];

export default defineConfig({
  // The Trusted Types pages first: the content server answers every other `/__kl/` path, with 404 if unknown.
  plugins: [scriptTagPages(), contentServer()],
  test: {
    browser: rootBrowserOptions,
    testTimeout: 15_000,
    // A shared two-core machine: a render or a storage event may take longer than the default second.
    expect: { poll: { timeout: 5_000 } },
    projects: [
      // Every browser test in Chromium, Firefox and WebKit, one project each (`--project webkit`).
      ...engineProjects(
        {
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.node.test.ts'],
        },
        // WebKit lays out the 20,000-character texts of the hardening tests several times slower, and
        // Firefox's WebDriver BiDi commands have waited more than 15 s on a CI machine at load 20: a longer
        // bound on a hang there, which measures nothing.
        // `*.chromium.test.ts` observe what only Chromium enforces or reports, so the others leave them out.
        {
          webkit: { testTimeout: 30_000, exclude: chromiumOnly },
          firefox: { testTimeout: 30_000, exclude: chromiumOnly },
        },
      ),
      // Long tasks are wall-clock durations, which a loaded machine stretches: measured on request
      // (`npm run measure:long-tasks`), never a reason for the test command to fail.
      ...(process.env.KL_MEASURE_LONG_TASKS
        ? [engineProject('chromium', 'long-tasks', { include: ['test/**/*.measure.ts'] })]
        : []),
      // Build scripts run in Node (TypeScript's parser has no business in a browser page).
      { extends: true, test: { name: 'node', include: ['test/**/*.node.test.ts'], environment: 'node' } },
    ],
  },
});
