// @ts-check
// "Settled" means: the state a user would see is in the DOM, every queued update ran, and style and
// layout are computed. Waiting for the next painted frame would add up to 16 ms of idle vsync noise, so we
// force layout instead; paint and compositing show up in the CPU time figures.

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
