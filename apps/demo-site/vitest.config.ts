import { defineConfig } from 'vitest/config';

// End-to-end tests: Node drives the system Chromium through Playwright against the built site, served over
// HTTP by the global setup (which builds dist/ first, so the tests always see the current pages).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Every file starts its own browser: two at a time is what a 2-core machine carries.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest polls for one second by default; on a loaded two-core CI machine a page's update after a click
    // has taken longer. This bounds a wait, it measures nothing.
    expect: { poll: { timeout: 10_000 } },
  },
});
