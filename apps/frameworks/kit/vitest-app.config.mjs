import { defineConfig } from 'vitest/config';

// The one Vitest config of the React, Vue and Svelte apps. Node drives the system Chromium through Playwright
// against each app's production build in dist/ (turbo builds it first), served on a free port by the test.
// Plain JavaScript on purpose: Vitest loads a config's imports from node_modules with Node itself, which
// (on Node 20) does not run TypeScript.
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
