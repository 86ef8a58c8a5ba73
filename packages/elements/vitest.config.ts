import { defineConfig } from 'vitest/config';
import { browserTestConfig } from '../../tools/browser/vitest-browser.mjs';
import { contentServer } from './test/content-server.js';

export default defineConfig({
  plugins: [contentServer()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    browser: browserTestConfig(),
    testTimeout: 15_000,
  },
});
