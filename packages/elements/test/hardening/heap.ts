import { cdp } from 'vitest/browser';

/** Marks this test page's document, so DevTools can find it among the runner's frames. */
const MARKER = 'data-kl-heap';

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

/**
 * A handle on `HTMLElement.prototype` of this test page, which runs in an iframe of the runner's page.
 * DevTools evaluates in the top page; a handle on a DOM node, resolved again by its backend id, belongs to
 * the node's own frame, and what is read through it (the prototype) does too.
 */
async function elementPrototype(session: ReturnType<typeof cdp>, objectGroup: string): Promise<string> {
  const id = crypto.randomUUID();
  document.documentElement.setAttribute(MARKER, id);
  try {
    const found = await session.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument?.documentElement).find((root) => root?.getAttribute('${MARKER}') === '${id}')`,
      objectGroup,
    });
    if (!found.result.objectId) throw new Error('this test page was not found from the top page');
    const { node } = await session.send('DOM.describeNode', { objectId: found.result.objectId });
    const own = await session.send('DOM.resolveNode', { backendNodeId: node.backendNodeId, objectGroup });
    if (!own.object.objectId) throw new Error('could not resolve this page’s root element');
    const prototype = await session.send('Runtime.callFunctionOn', {
      objectId: own.object.objectId,
      functionDeclaration: 'function () { return this.ownerDocument.defaultView.HTMLElement.prototype; }',
      objectGroup,
    });
    if (!prototype.result.objectId) throw new Error('HTMLElement.prototype not found');
    return prototype.result.objectId;
  } finally {
    document.documentElement.removeAttribute(MARKER);
  }
}

/**
 * HTML elements that are off the page yet still alive after a full garbage collection, counted through
 * the Chrome DevTools Protocol (Runtime.queryObjects over this page's `HTMLElement.prototype`: every
 * widget, and every node of its shadow tree that script holds). Nothing is serialized, so even a large
 * leak is counted quickly.
 */
export async function detachedElementCount(): Promise<number> {
  const session = cdp();
  const objectGroup = 'kl-heap';
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const prototypeObjectId = await elementPrototype(session, objectGroup);
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
  }
}
