// @ts-check
// Runs inside every benchmark page: loads the suite's driver, waits for the variant's elements to be
// defined, then exposes `window.bench.run(action, n)`, which times one action from its start until the
// page has settled (see settle.js). Input data is made before the clock starts.
import { forceLayout, macrotask, painted } from './settle.js';

/** @typedef {{ start: number, end: number, ms: number }} Timing */

const noop = async () => {
  await Promise.resolve();
};

const params = new URLSearchParams(location.search);
const root = /** @type {HTMLElement} */ (document.getElementById('stage'));

async function setUp() {
  const suiteName = params.get('suite') ?? '';
  const variantName = params.get('variant') ?? '';
  if (!/^[a-z-]+$/.test(suiteName)) throw new Error(`Unknown suite "${suiteName}".`);
  /** @type {{ suite: import('./drivers/driver-types.js').Suite<unknown> }} */
  const module = await import(`./drivers/${suiteName}.js`);
  const driver = module.suite.variants[variantName];
  if (!driver) throw new Error(`Suite ${suiteName} has no variant "${variantName}".`);
  const undefinedTags = driver.tags.filter((tag) => !customElements.get(tag));
  if (undefinedTags.length > 0) {
    await Promise.race([
      Promise.all(driver.tags.map((tag) => customElements.whenDefined(tag))),
      new Promise((_, reject) =>
        setTimeout(() => {
          reject(new Error(`Not defined after 10 s: ${undefinedTags.join(', ')}.`));
        }, 10_000),
      ),
    ]);
  }
  const stage = driver.stage ? driver.stage(root) : root;
  // The page's first frame is painted before any action: it belongs to none of them.
  await painted();

  /**
   * @param {string} action  "render" or one of the driver's actions
   * @param {number} n
   * @returns {Promise<Timing>}
   */
  async function run(action, n) {
    const input = module.suite.data(n);
    // "noop" times the harness alone: its CPU cost is subtracted from every other action's.
    const step = action === 'noop' ? noop : action === 'render' ? driver?.render : driver?.actions[action];
    if (!step) throw new Error(`${variantName} cannot "${action}".`);
    await macrotask();
    const start = performance.now();
    await step(stage, input);
    await macrotask();
    forceLayout();
    const end = performance.now();
    // Outside the wall-clock figure, inside the CPU counters' window (read around this call): the frame
    // that shows the result, and nothing of it left to land in the next action's window.
    await painted();
    return { start, end, ms: end - start };
  }
  return { run };
}

setUp().then(
  (bench) => {
    Object.assign(window, { bench });
    document.documentElement.dataset.benchReady = 'yes';
  },
  (/** @type {unknown} */ error) => {
    document.documentElement.dataset.benchError = error instanceof Error ? error.message : String(error);
  },
);
