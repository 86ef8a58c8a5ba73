import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { engineProject, rootBrowserOptions, type Engine } from '../../tools/browser/vitest-browser.mjs';

const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

/**
 * Every story is a test (render + play function + axe). `initialGlobals` (the addon's documented way to pin
 * a toolbar global for a whole project) runs them twice: Bahasa Indonesia in light, English in dark, so
 * each language and each colour scheme is covered by every story while the run stays within a minute on
 * two cores. Colour contrast depends on the scheme, not the language, so the other two pairs would add
 * run time and little else; add them here (`storiesProject('id', 'dark')`, …) to run the full matrix.
 *
 * Engines: Chromium and Firefox (about 35 s more). Not WebKit: play functions type with Storybook's
 * `userEvent`, which dispatches synthetic events, and WebKit rightly does not count those as keyboard use
 * for `:focus-visible`, so the hostile-theme stories' focus-ring checks would see no ring there. Every
 * element behaviour, that ring included, runs with real key presses in WebKit in packages/elements.
 */
function storiesProject(
  locale: 'id' | 'en',
  scheme: 'light' | 'dark',
  engine: Engine = 'chromium',
): TestProjectInlineConfiguration {
  const suffix = engine === 'chromium' ? '' : `:${engine}`;
  const project = engineProject(engine, `stories:${locale}:${scheme}${suffix}`);
  return {
    ...project,
    plugins: [storybookTest({ configDir, initialGlobals: { locale, scheme } })],
  };
}

export default defineConfig({
  test: {
    browser: rootBrowserOptions,
    testTimeout: 20_000,
    projects: [
      storiesProject('id', 'light'),
      storiesProject('en', 'dark'),
      storiesProject('id', 'light', 'firefox'),
      storiesProject('en', 'dark', 'firefox'),
      {
        extends: true,
        test: { name: 'static-build', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
