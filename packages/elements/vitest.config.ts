import { defineConfig } from 'vitest/config';
import { engineProjects } from '../../tools/browser/vitest-browser.mjs';
import { contentServer } from './test/content-server.js';

export default defineConfig({
  plugins: [contentServer()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // WebKit lays out the 20,000-character texts of the hardening tests several times slower.
    projects: engineProjects({ webkit: { testTimeout: 30_000 } }),
    testTimeout: 15_000,
  },
});
