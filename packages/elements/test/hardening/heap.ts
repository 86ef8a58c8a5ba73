import { cdp, commands, server } from 'vitest/browser';

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
 * Elements that are off the page yet still alive after a full garbage collection.
 *
 * Chromium: every detached HTML element, counted through the DevTools protocol. Firefox and WebKit offer
 * no heap inspection to their drivers, so there the widgets themselves are counted: each one put on the
 * page since this module loaded is held weakly (a widget's shadow tree keeps its host alive, so a leaked
 * inner node counts too). See the README, "Browser support".
 */
export async function detachedElementCount(): Promise<number> {
  return server.browser === 'chromium' ? detachedElementCountByDevTools() : detachedWidgetCount();
}

/**
 * Detached HTML elements counted through the Chrome DevTools Protocol (Runtime.queryObjects over this
 * page's `HTMLElement.prototype`: every widget, and every node of its shadow tree that script holds).
 * Nothing is serialized, so even a large leak is counted quickly.
 */
async function detachedElementCountByDevTools(): Promise<number> {
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

/** Every widget (`kl-*` element) added to this page since the module loaded, held weakly. */
const widgets: WeakRef<Element>[] = [];

function trackWidgets(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.localName.startsWith('kl-')) widgets.push(new WeakRef(node));
  for (const element of node.querySelectorAll('*'))
    if (element.localName.startsWith('kl-')) widgets.push(new WeakRef(element));
}

new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(trackWidgets);
}).observe(document, { childList: true, subtree: true });

const aliveOffPage = (): number =>
  widgets.filter((widget) => {
    const element = widget.deref();
    return element !== undefined && !element.isConnected;
  }).length;

/**
 * Widgets off the page and still alive once the engine has collected garbage: through the driver where
 * it can (Firefox: a GC and CC request to the content process), otherwise (WebKit) by allocating until
 * the collector runs. Repeated until nothing is left or the count has held for several passes. Each pass
 * waits longer than the one before (a frame, then up to 0.8 s): a weakly held object stays alive until
 * the current task ends, WebKit collects concurrently, and on a loaded machine a removed widget's last
 * queued callback (a frame, a timer) may run late. A real leak never goes away, however long the wait;
 * one CI run on a loaded machine counted a whole round that the short passes had not yet seen collected.
 */
async function detachedWidgetCount(): Promise<number> {
  let count = Number.POSITIVE_INFINITY;
  let unchanged = 0;
  for (let pass = 0; pass < 12 && count > 0 && unchanged < 4; pass++) {
    await settle(Math.min(25 * 2 ** pass, 800));
    if (!(await commands.collectGarbage())) allocateGarbage();
    await settle(0);
    const now = aliveOffPage();
    unchanged = now === count ? unchanged + 1 : 0;
    count = now;
  }
  return count;
}

/**
 * Lets a frame be drawn (or 100 ms pass, where a throttled page draws none) and then `milliseconds`, so
 * queued frame callbacks and timers have run.
 */
async function settle(milliseconds: number): Promise<void> {
  await new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  });
  await new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** 512 MB in short-lived 8 MB buffers: engines count buffer memory toward their next full collection. */
function allocateGarbage(): void {
  for (let chunk = 0; chunk < 64; chunk++) new ArrayBuffer(8 * 1024 * 1024);
}
