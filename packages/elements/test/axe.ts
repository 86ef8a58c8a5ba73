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
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: TAGS },
    resultTypes: ['violations'],
  });
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
