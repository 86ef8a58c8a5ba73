import { defineConfig } from 'vitest/config';

// Node drives the system Chromium through Playwright against the production build in dist/ (turbo builds
// it first), served on a free port by the test itself.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest polls for one second by default; on a loaded two-core CI machine a framework's re-render and the
    // widgets' update after a click have taken longer. This bounds a wait, it measures nothing.
    expect: { poll: { timeout: 10_000 } },
  },
});
