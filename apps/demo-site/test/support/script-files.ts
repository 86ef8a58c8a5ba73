/** The script-tag files as a page fetches them, and the integrity manifest they are pinned by. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright';

const require = createRequire(import.meta.url);

/** @ketahanan/elements' dist/cdn/integrity.json: each file's SRI hash, and the split layout's imports. */
export const integrityManifest = JSON.parse(
  readFileSync(require.resolve('@ketahanan/elements/cdn/integrity.json'), 'utf8'),
) as { files: Record<string, string>; imports: Record<string, string[]> };

/** Every script file the page requests from now on, as its path inside dist/cdn/ (`split/core.js`). */
export function recordScripts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = /\/dist\/cdn\/(.+\.js)$/.exec(new URL(request.url()).pathname)?.[1];
    if (path) requested.push(path);
  });
  return requested;
}
