// @ts-check
// Every directory the bench reads or writes, resolved once from this file's place in the repository.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const benchDir = fileURLToPath(new URL('..', import.meta.url));
export const repoDir = join(benchDir, '..', '..');
/** Scratch space (gitignored): generated entry files, bundles and the pages the browser loads. */
export const cacheDir = join(benchDir, '.cache');
export const entriesDir = join(cacheDir, 'entries');
export const siteDir = join(cacheDir, 'site');
export const bundlesDir = join(siteDir, 'bundles');
/** Code that runs inside the benchmark pages (served as is, no build). */
export const browserDir = join(benchDir, 'src', 'browser');
/** Report, chart and raw numbers (gitignored). */
export const resultsDir = join(benchDir, 'results');
export const elementsDir = join(repoDir, 'packages', 'elements');
export const cdnDir = join(elementsDir, 'dist', 'cdn');
export const demoDistDir = join(repoDir, 'apps', 'demo-site', 'dist');
