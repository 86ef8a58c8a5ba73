// How the engines' projects are scheduled. Vitest runs a browser project alongside the others only when
// its provider supports parallel pages and brings its own module mocker. And it schedules projects in
// groups, one group after another: every project with `maxWorkers: 1` goes into one last group, whose
// browser projects run in parallel, after the projects with more workers. Our Firefox and WebKit providers
// drive one page at a time (their projects set `maxWorkers: 1`), so Chromium's tests run first and Firefox's
// and WebKit's then run side by side. Kept so on purpose: with Chromium in that last group too, an idle
// machine finishes a minute sooner, but in the full test command, which keeps two cores busy throughout,
// WebKit's heaviest layout tests then run while every other package is still linting and testing, and
// were slowed past their bounds.

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
