// Vitest runs a browser project alongside the others only when its provider supports parallel pages and
// brings its own module mocker; otherwise it waits until every other project has finished. Our Firefox
// and WebKit providers drive one page at a time (the projects set maxWorkers: 1), so with these the
// three engines run side by side and the run takes about as long as the slowest engine, not the sum.

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
