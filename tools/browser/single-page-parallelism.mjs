// How the engines' projects come to run side by side. Vitest runs a browser project alongside the others
// only when its provider supports parallel pages and brings its own module mocker. And it schedules
// projects in groups, one group after another: every project with `maxWorkers: 1` goes into one last
// group, whose browser projects then run in parallel, while a project with more workers goes into the
// first group and so runs before them. Our Firefox and WebKit providers drive one page at a time, so
// every engine's project sets `maxWorkers: 1` (vitest-browser.mjs): Chromium, which on a two-core machine
// gets one page anyway, then runs beside Firefox and WebKit, and a run takes about as long as the slowest
// engine, not Chromium's time plus the slowest of the other two.

/**
 * The mocker Vitest asks for. `vi.mock` needs one that serves mocked modules to each page; no element
 * test mocks a module, so registering one fails loudly instead of being ignored.
 */
export function withoutModuleMocks(providerName) {
  return {
    register() {
      throw new Error(`vi.mock() is not supported by the ${providerName} provider (tools/browser).`);
    },
    delete() {},
    clear() {},
  };
}
