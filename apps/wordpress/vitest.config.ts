import { defineConfig } from 'vitest/config';

// Node tests: the PHP validator and renderer against the model and the snippet generator (parity), and the
// plugin end to end in a real WordPress (MariaDB and `php -S` started by the test), driven in Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Generous: in CI the whole repository's tests share two cores with this one.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // Vitest polls for one second by default; on a loaded two-core CI machine a page's update after a click
    // has taken longer. This bounds a wait, it measures nothing.
    expect: { poll: { timeout: 10_000 } },
  },
});
