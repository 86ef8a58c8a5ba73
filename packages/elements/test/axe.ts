import axe from 'axe-core';
import { expect } from 'vitest';

/** The WCAG levels every element state must meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on `root` (shadow roots included) and fails with a readable list of violations.
 * Call after the element has rendered and after each interaction worth checking.
 */
export async function expectNoAxeViolations(root: Element | Document = document.body): Promise<void> {
  await renderingUpdate();
  const results = await withEverythingRendered(root, () =>
    axe.run(root, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] }),
  );
  const readable = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(readable, 'axe-core violations').toEqual([]);
}

/**
 * Resolves after the browser's next rendering update, when the page looks as it will be painted: an
 * on-screen `content-visibility: auto` box gets its real size only then (until then it keeps its
 * placeholder size and WebKit's hit testing, which axe uses to find backgrounds, misses its content).
 */
function renderingUpdate(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        resolve();
      });
    });
  });
}

/**
 * Every box rendered, except one the page hides (`hidden`, `hidden="until-found"`): those keep the
 * browser's own `content-visibility: hidden`, and axe checks them as hidden, as a user meets them.
 */
const RENDER_EVERYTHING = ':not([hidden]) { content-visibility: visible !important; }';

/**
 * Runs `check` with every `content-visibility: auto` box under `root` rendered. Off screen such a box keeps
 * its placeholder size while the browser still lays out its content at full size for any script that asks,
 * so a long card's text spills over the placeholders of the cards below it, and axe's target-size check saw
 * those cards' links "crowded" by text no user can ever see there (Firefox, rendering fuzz). Rendered in
 * full, each part is measured as it looks once scrolled to, which is what a user meets.
 */
async function withEverythingRendered<T>(root: Element | Document, check: () => Promise<T>): Promise<T> {
  // A <style> element, not an adopted sheet: the older-browser tests take constructable sheets away.
  // Put first in each shadow root, before Lit's render marker, so no re-render touches it.
  const styles = [document.head, ...shadowRootsIn(root)].map((scope) => {
    const style = document.createElement('style');
    style.textContent = RENDER_EVERYTHING;
    scope.prepend(style);
    return style;
  });
  try {
    return await check();
  } finally {
    for (const style of styles) style.remove();
  }
}

/** Every open shadow root at or under `root`, nested ones included. */
function shadowRootsIn(root: Element | Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | Document | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}
