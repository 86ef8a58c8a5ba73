import { defineConfig } from 'vitest/config';
import { engineProjects } from '../../tools/browser/vitest-browser.mjs';
import { contentServer } from './test/content-server.js';

export default defineConfig({
  plugins: [contentServer()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    projects: engineProjects(),
    testTimeout: 15_000,
  },
});
