import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { browserTestConfig } from '../../tools/browser/vitest-browser.mjs';

const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

/**
 * Every story is a test (render + play function + axe). `initialGlobals` (the addon's documented way to pin
 * a toolbar global for a whole project) runs them twice: Bahasa Indonesia in light, English in dark, so
 * each language and each colour scheme is covered by every story while the run stays within a minute on
 * two cores. Colour contrast depends on the scheme, not the language, so the other two pairs would add
 * run time and little else; add them here (`storiesProject('id', 'dark')`, …) to run the full matrix.
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
      storiesProject('en', 'dark'),
      {
        extends: true,
        test: { name: 'static-build', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
