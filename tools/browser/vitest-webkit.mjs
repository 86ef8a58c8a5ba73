// Vitest's WebdriverIO provider, pointed at WebKitGTK: the run starts its own Xvfb and WebKitWebDriver
// (webkit-driver.mjs) when the first test file opens, and stops both by process id when the run closes.
// Clicks and key presses go through WebDriver actions, which WebKit turns into real input events.
import { defineBrowserProvider } from '@vitest/browser';
import { WebdriverBrowserProvider, webdriverio } from '@vitest/browser-webdriverio';
import { WINDOW_SIZE } from './browsers.mjs';
import { withoutModuleMocks } from './single-page-parallelism.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

class WebKitGtkProvider extends WebdriverBrowserProvider {
  /** Beside Firefox, after Chromium, one page at a time (maxWorkers: 1): see single-page-parallelism.mjs. */
  supportsParallelism = true;
  mocker = withoutModuleMocks('WebKit');

  /** @type {Awaited<ReturnType<typeof startWebKitDriver>> | undefined} */
  #driver;
  /** @type {Promise<unknown> | undefined} */
  #starting;

  async openBrowser() {
    this.#starting ??= startWebKitDriver().then((driver) => {
      this.#driver = driver;
      this.options = { ...this.options, hostname: driver.hostname, port: driver.port };
    });
    await this.#starting;
    return super.openBrowser();
  }

  /**
   * WebKitWebDriver matches `browserName` against the browser it launches ("MiniBrowser"), so Vitest's
   * instance name ("webkit") must not reach it. MiniBrowser has no headless mode: Xvfb is its screen.
   * WebDriver classic, because WebKitGTK's BiDi support is partial.
   */
  buildCapabilities() {
    if (!this.#driver) throw new Error('WebKitWebDriver is not running');
    return {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: this.#driver.browser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    };
  }

  /**
   * The window always covers the whole X screen. Xvfb runs no window manager, so X gives keyboard focus
   * to the window under the pointer, which rests in the middle of the screen: a window resized away from
   * it (Vitest sizes the window to each test's viewport) loses focus, and an unfocused page has no
   * `:focus`/`:focus-visible` and `document.hasFocus()` false. The test iframe keeps the requested size.
   */
  async openPage(sessionId, url) {
    await super.openPage(sessionId, url);
    await this.setViewport(WINDOW_SIZE);
  }

  async setViewport({ width, height }) {
    await super.setViewport({
      width: Math.max(width, WINDOW_SIZE.width),
      height: Math.max(height, WINDOW_SIZE.height),
    });
  }

  async close() {
    try {
      await super.close();
    } finally {
      await this.#driver?.stop();
      this.#driver = undefined;
      this.#starting = undefined;
    }
  }
}

/**
 * The provider for a `{ browser: 'webkit' }` instance. It keeps the name "webdriverio", which is what
 * Vitest's browser client checks to address elements inside shadow roots and the test iframe.
 */
export function webkitGtk(options = {}) {
  const base = webdriverio(options);
  return defineBrowserProvider({
    ...base,
    supportedBrowser: ['webkit'],
    providerFactory: (project) => new WebKitGtkProvider(project, options),
  });
}
