import { configDefaults, defineConfig } from 'vitest/config';
import { browserTestConfig } from '../../tools/browser/vitest-browser.mjs';
import { contentServer } from './test/content-server.js';

export default defineConfig({
  plugins: [contentServer()],
  test: {
    testTimeout: 15_000,
    // A shared two-core machine: a render or a storage event may take longer than the default second.
    expect: { poll: { timeout: 5_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.node.test.ts'],
          browser: browserTestConfig(),
        },
      },
      // Build scripts run in Node (TypeScript's parser has no business in a browser page).
      { extends: true, test: { name: 'node', include: ['test/**/*.node.test.ts'], environment: 'node' } },
    ],
  },
});
