// A Vitest browser provider for the system Firefox, driven through WebDriver BiDi by puppeteer-core: no
// geckodriver and no browser download. Playwright's own Firefox support needs its patched Firefox build,
// and its BiDi mode expects protocol commands (emulation.setMediaFeaturesOverride) that Firefox ESR does
// not have yet; Vitest's WebdriverIO provider needs geckodriver. So the provider is ours: pages, input
// (user-event-commands.mjs), locators (locators.mjs) and media emulation (privileged.mjs).
import { fileURLToPath } from 'node:url';
import { defineBrowserProvider } from '@vitest/browser';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PREFS, WINDOW_SIZE, findFirefox } from '../browsers.mjs';
import { tiedLaunch, trackChild } from '../child-processes.mjs';
import { withoutModuleMocks } from '../single-page-parallelism.mjs';
import { collectGarbage, emulateMedia } from './privileged.mjs';
import { userEventCommands } from './user-event-commands.mjs';

const PROVIDER_NAME = 'firefox-bidi';

class FirefoxBidiProvider {
  name = PROVIDER_NAME;
  /**
   * Beside WebKit, after Chromium, one page at a time (the project sets maxWorkers: 1): test files run
   * one after another in one tab, so the page under test is always the focused one (a background tab
   * gets no focus events). See single-page-parallelism.mjs.
   */
  supportsParallelism = true;
  mocker = withoutModuleMocks('Firefox');
  initScripts = [fileURLToPath(new URL('./locators.mjs', import.meta.url))];
  /** @type {Promise<import('puppeteer-core').Browser> | undefined} */
  #browser;
  /** @type {Map<string, import('puppeteer-core').Page>} */
  #pages = new Map();
  #closing = false;

  constructor(project, options) {
    this.project = project;
    this.options = options;
    for (const [name, command] of Object.entries(userEventCommands))
      project.browser.registerCommand(name, command);
  }

  #openBrowser() {
    this.#browser ??= this.#launch();
    return this.#browser;
  }

  async #launch() {
    // Killed with the run even when the run is killed outright (SIGKILL), which no exit handler survives.
    const firefox = tiedLaunch(findFirefox());
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox.executablePath,
      env: { ...process.env, ...firefox.env },
      headless: this.project.config.browser.headless,
      // The window's own size: ESR has no BiDi viewport emulation for puppeteer's setViewport.
      defaultViewport: null,
      args: [`--width=${WINDOW_SIZE.width}`, `--height=${WINDOW_SIZE.height}`, '-remote-allow-system-access'],
      extraPrefsFirefox: FIREFOX_PREFS,
      // Vitest ends the run and owns the signals; trackChild stops Firefox if the run dies first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Puppeteer gives Firefox 30 s to start; on a loaded two-core CI machine it once took longer and the
      // whole run stopped. Five minutes, like the other engines' connect limit: a bound on a hang, no timing.
      timeout: 300_000,
      ...this.options.launchOptions,
    });
    trackChild(browser.process());
    return browser;
  }

  async openPage(sessionId, url) {
    if (this.#closing) throw new Error('[vitest] The provider was closed.');
    const browser = await this.#openBrowser();
    await this.#pages.get(sessionId)?.close();
    const page = await browser.newPage();
    this.#pages.set(sessionId, page);
    await page.goto(url, { timeout: 0 });
  }

  getPage(sessionId) {
    const page = this.#pages.get(sessionId);
    if (!page) throw new Error(`Page "${sessionId}" not found in Firefox.`);
    return page;
  }

  getCommandsContext(sessionId) {
    const page = this.getPage(sessionId);
    return {
      page,
      /** The frame the test file runs in (Vitest's tester iframe inside the orchestrator page). */
      async frame() {
        const iframe = await page.waitForSelector('iframe[data-vitest="true"]');
        const frame = await iframe?.contentFrame();
        await iframe?.dispose();
        if (!frame) throw new Error('Cannot find the Vitest test iframe.');
        return frame;
      },
    };
  }

  /** Media type and features for the session's tab (see privileged.mjs). */
  async emulateMedia(sessionId, settings) {
    const browser = await this.#openBrowser();
    await emulateMedia(browser.connection, this.getPage(sessionId).url(), settings);
  }

  async collectGarbage(sessionId) {
    const browser = await this.#openBrowser();
    await collectGarbage(browser.connection, this.getPage(sessionId).url());
  }

  async close() {
    this.#closing = true;
    const browser = await this.#browser;
    this.#browser = undefined;
    this.#pages.clear();
    await browser?.close();
  }
}

/** The provider for a `{ browser: 'firefox' }` instance. */
export function firefoxBidi(options = {}) {
  return defineBrowserProvider({
    name: PROVIDER_NAME,
    supportedBrowser: ['firefox'],
    options,
    providerFactory: (project) => new FirefoxBidiProvider(project, options),
  });
}
