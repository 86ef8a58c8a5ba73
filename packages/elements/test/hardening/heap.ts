import { cdp } from 'vitest/browser';

/** Where the test page puts `HTMLElement.prototype` for DevTools to find (the page runs in an iframe). */
const MARKER = '__klHeapElementPrototype';

/** Counts the objects it is called on (the array queryObjects returns) that are elements off the page. */
const COUNT_DETACHED = `function () {
  return this.filter((object) => {
    try {
      return !object.isConnected;
    } catch {
      return false; // a prototype object such as HTMLDivElement.prototype, not an element
    }
  }).length;
}`;

const pause = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * The id of this page's own JavaScript context. DevTools lists contexts as events once Runtime is
 * enabled; the subscription travels through the test runner, so enabling is retried until it is heard.
 */
async function ownContext(session: ReturnType<typeof cdp>): Promise<number> {
  const contexts: number[] = [];
  const heard = (event: { context: { id: number } }) => contexts.push(event.context.id);
  session.on('Runtime.executionContextCreated', heard);
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      await session.send('Runtime.enable');
      await pause(100);
      for (const contextId of contexts) {
        const probe = await session.send('Runtime.evaluate', {
          expression: `typeof globalThis.${MARKER}`,
          contextId,
        });
        if (probe.result.value === 'object') return contextId;
      }
      await session.send('Runtime.disable');
    }
    throw new Error('DevTools did not list this page’s JavaScript context');
  } finally {
    session.off('Runtime.executionContextCreated', heard);
  }
}

/**
 * HTML elements that are off the page yet still alive after a full garbage collection, counted through
 * the Chrome DevTools Protocol (Runtime.queryObjects over `HTMLElement.prototype` in this page's context:
 * every widget, and every node of its shadow tree that script holds). Nothing is serialized, so even a
 * large leak is counted quickly.
 */
export async function detachedElementCount(): Promise<number> {
  const session = cdp();
  (globalThis as Record<string, unknown>)[MARKER] = HTMLElement.prototype;
  const contextId = await ownContext(session);
  const objectGroup = 'kl-heap';
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const prototype = await session.send('Runtime.evaluate', {
      expression: `globalThis.${MARKER}`,
      contextId,
      objectGroup,
    });
    const prototypeObjectId = prototype.result.objectId;
    if (!prototypeObjectId) throw new Error('HTMLElement.prototype not found');
    const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId, objectGroup });
    if (!objects.objectId) throw new Error('queryObjects returned nothing');
    const counted = await session.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: COUNT_DETACHED,
      returnByValue: true,
    });
    if (typeof counted.result.value !== 'number')
      throw new Error(`could not count: ${JSON.stringify(counted)}`);
    return counted.result.value;
  } finally {
    // The handles above hold the objects they name: let them go before the page carries on.
    await session.send('Runtime.releaseObjectGroup', { objectGroup });
    await session.send('Runtime.disable');
  }
}
