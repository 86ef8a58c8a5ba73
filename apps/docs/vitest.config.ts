import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { browserTestConfig } from '../../tools/browser/vitest-browser.mjs';

const configDir = new URL('.storybook', import.meta.url).pathname;

/**
 * Every story is a test (render + play function + axe), once per toolbar combination, so nothing passes
 * in Indonesian and fails in English, or passes in light and fails in dark. `initialGlobals` is the addon's
 * documented way to pin a toolbar global for a whole project.
 */
function storiesProject(locale: 'id' | 'en', scheme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { locale, scheme } })],
    test: {
      name: `stories:${locale}:${scheme}`,
      browser: browserTestConfig(),
    },
  };
}

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      storiesProject('id', 'light'),
      storiesProject('en', 'light'),
      storiesProject('id', 'dark'),
      storiesProject('en', 'dark'),
      {
        extends: true,
        test: { name: 'static-build', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
