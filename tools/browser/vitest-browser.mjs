// Shared Vitest browser-mode settings: every package's browser tests run headless in the system's own
// browsers, one Vitest project per engine. Chromium through Playwright, Firefox through WebDriver BiDi
// (firefox/provider.mjs), WebKitGTK through WebKitWebDriver in Xvfb (vitest-webkit.mjs).
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './browsers.mjs';
import { engineCommands } from './engine-commands.mjs';
import { firefoxBidi } from './firefox/provider.mjs';
import { webkitGtk } from './vitest-webkit.mjs';

/** The engines every element test runs in, each as a Vitest project of that name. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const providers = {
  chromium: () => playwright({ launchOptions: chromiumLaunchOptions() }),
  firefox: () => firefoxBidi(),
  webkit: () => webkitGtk(),
};

/**
 * How long a test page may take to connect. Bounds a hang, measures nothing: on a loaded two-core CI machine
 * WebKit's first test page has taken more than Vitest's default minute to connect while Chromium and Firefox
 * were busy beside it, and a docs story page once did too (load ≈ 28).
 */
const CONNECT_TIMEOUT_MS = 300_000;

/**
 * `test.browser` of a root config whose projects run in browsers. Vitest reads the connection timeout of
 * each test page's session from the root config, not from the page's project.
 */
export const rootBrowserOptions = { connectTimeout: CONNECT_TIMEOUT_MS };

/** The `test.browser` block for one engine (Chromium unless told otherwise). */
export function browserTestConfig(engine = 'chromium') {
  const provider = providers[engine];
  if (!provider) throw new Error(`Unknown browser engine "${engine}" (known: ${ENGINES.join(', ')})`);
  return {
    enabled: true,
    headless: true,
    provider: provider(),
    instances: [{ browser: engine }],
    commands: engineCommands,
    screenshotFailures: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
}

/**
 * A Vitest project (`extends: true`) that runs its tests in `engine`, named `name`; `test` adds options.
 * Each engine is a project of its own, not an instance of one project: Vitest gives all instances of a
 * project one set of provider init scripts, which cannot serve two different providers.
 */
export function engineProject(engine, name = engine, test = {}) {
  return {
    extends: true,
    // Our Firefox locators (an init script outside node_modules) import this; pre-bundled up front, Vite
    // does not discover it mid-run and reload the first test page.
    optimizeDeps: { include: ['@vitest/browser/locators'] },
    test: {
      name,
      browser: browserTestConfig(engine),
      // Firefox and WebKit one page at a time, side by side, after Chromium (single-page-parallelism.mjs).
      ...(engine === 'chromium' ? {} : { maxWorkers: 1 }),
      ...test,
    },
  };
}

/**
 * One project per engine, named after it: run one engine with `vitest run --project firefox`. `test` holds
 * the options of every engine's project (which files it runs); `overrides[engine]` adds options for one
 * engine (a longer `testTimeout` where it is slower).
 */
export function engineProjects(test = {}, overrides = {}) {
  return ENGINES.map((engine) => engineProject(engine, engine, { ...test, ...overrides[engine] }));
}
