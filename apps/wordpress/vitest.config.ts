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
  },
});
