import { defineConfig } from 'vitest/config';

// Node drives the system Chromium through Playwright against the production build in dist/ (turbo builds
// it first), served on a free port by the test itself.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
