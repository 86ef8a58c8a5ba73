import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * axe-core over the whole studio (the widgets' shadow roots included) at the WCAG 2.2 AA levels the
 * elements meet, after two frames so that what is checked is what is painted.
 */
export async function expectAxeClean(): Promise<void> {
  for (let frame = 0; frame < 2; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    'axe-core violations',
  ).toEqual([]);
}
