import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI and the shipped schema.json are tested as built, so build once before the tests run.
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
