// @ts-check
// "Settled" means: the state a user would see is in the DOM, every queued update ran, and style and
// layout are computed. The wall-clock figure stops there: waiting for the next painted frame would add up
// to 16 ms of idle vsync noise to it. The CPU figure takes in that frame too (see `painted`), so paint and
// compositing count in it once per action, for every variant alike.

/** Yields one macrotask, after every queued microtask (Lit updates are microtasks). */
export function macrotask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(undefined);
    };
    channel.port2.postMessage(null);
  });
}

/** Waits until `done()` holds, checking after each macrotask, then each frame; throws after 20 s. */
export async function until(/** @type {() => boolean} */ done, what = 'state') {
  const deadline = performance.now() + 20_000;
  await macrotask();
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    await macrotask();
  }
}

/** Waits for the pending update of every given Lit-style element. */
export async function updated(/** @type {Iterable<Element>} */ elements) {
  await Promise.all(
    Array.from(
      elements,
      (element) => /** @type {{ updateComplete?: Promise<unknown> }} */ (element).updateComplete,
    ),
  );
}

/** Forces style recalculation and layout of the whole page, shadow trees included. */
export function forceLayout() {
  return document.body.getBoundingClientRect().height + document.documentElement.offsetHeight;
}

/**
 * Settles once the next frame has been painted: a task queued from a frame's animation callbacks runs after
 * that frame's style, layout, paint and commit on the main thread. Without it, whether the paint of an
 * action's result fell inside the CPU counters' window was up to vsync timing: at N=1000 one frame's paint
 * is several milliseconds, so the same toggle measured 3 ms in some rounds and 12 in others.
 */
export function painted() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}
