import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { engineProject, rootBrowserOptions } from '../../tools/browser/vitest-browser.mjs';

/**
 * `project` with `modules` pre-bundled up front: found mid-run, Vite would reload the test page (and the
 * test with it).
 */
function withPrebundled(
  project: TestProjectInlineConfiguration,
  modules: string[],
): TestProjectInlineConfiguration {
  return { ...project, optimizeDeps: { include: [...(project.optimizeDeps?.include ?? []), ...modules] } };
}

/**
 * Two projects. `studio`: the app's forms, preview and export, driven with real key presses in Chromium
 * (Vitest browser mode); the studio is an authoring tool for desktop browsers, and the widgets it shows are
 * tested in every engine in their own package. `end-to-end` (Node): the built app in a real page, a real
 * download validated by the CLI, and the exported snippet rendering on the demo site.
 */
export default defineConfig({
  test: {
    browser: rootBrowserOptions,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Bounds a wait on a loaded two-core machine (a debounced preview, a widget's re-render); measures nothing.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      withPrebundled(engineProject('chromium', 'studio', { include: ['src/**/*.test.ts'] }), ['axe-core']),
      {
        extends: true,
        test: { name: 'end-to-end', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
