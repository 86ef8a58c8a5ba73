// @ts-check
// The floors: what Lit alone costs, and the smallest useful Lit element (the bench's own minimal accordion).
import { join } from 'node:path';
import { browserDir } from '../paths.mjs';

/** @returns {import('./peer-subjects.mjs').BundleSubject[]} */
export function floorSubjects() {
  return [
    {
      id: 'floor-lit',
      group: 'Floor',
      label: 'lit (whole entry)',
      code: "export * from 'lit';",
      kind: 'floor',
    },
    {
      id: 'floor-lit-min',
      group: 'Floor',
      label: 'minimal Lit accordion (bench)',
      code: `import ${JSON.stringify(join(browserDir, 'lit-min-accordion.js'))};`,
      kind: 'floor',
    },
  ];
}
