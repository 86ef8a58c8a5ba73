import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The command is tested as users run it: the built bin in a child process.
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
