// @ts-check
// Our shipped bytes: every npm entry of @ketahanan/elements as a consumer's bundler would include it, and
// every script-tag file in packages/elements/dist/cdn as a browser downloads it.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cdnDir, elementsDir } from '../paths.mjs';

const PACKAGE = '@ketahanan/elements';
export const OUR_GROUP = '@ketahanan/elements (npm)';
export const CDN_GROUP = '@ketahanan/elements (dist/cdn)';

/**
 * JavaScript export subpaths ("." and "./faq-accordion"; not "./package.json", globs or types-only ones),
 * each with the file it points to.
 * @returns {Promise<{ subpath: string, target: string }[]>}
 */
export async function ourNpmEntries() {
  const manifest = JSON.parse(await readFile(join(elementsDir, 'package.json'), 'utf8'));
  /** @type {unknown} */
  const exportsField = manifest.exports ?? {};
  const map =
    typeof exportsField === 'string'
      ? { '.': exportsField }
      : /** @type {Record<string, unknown>} */ (exportsField);
  return Object.entries(map).flatMap(([subpath, value]) => {
    const target = typeof value === 'string' ? value : jsTarget(value);
    if (subpath.includes('*') || !target || !/\.m?js$/.test(target)) return [];
    return [{ subpath, target }];
  });
}

/** @param {unknown} conditions */
function jsTarget(conditions) {
  if (typeof conditions !== 'object' || conditions === null) return undefined;
  const record = /** @type {Record<string, unknown>} */ (conditions);
  const target = record.import ?? record.browser ?? record.default;
  return typeof target === 'string' ? target : undefined;
}

/** The bundle id of an npm entry: `ours-npm-index`, `ours-npm-faq-accordion`. */
export const npmBundleId = (/** @type {string} */ subpath) =>
  `ours-npm-${subpath === '.' ? 'index' : subpath.slice(2).replaceAll(/[^a-z0-9-]/gi, '-')}`;

/**
 * The root and the define entries are imported for their effect, as the README tells consumers to; any
 * other entry (a library API) is weighed whole, with everything it exports.
 * @returns {Promise<import('./peer-subjects.mjs').BundleSubject[]>}
 */
export async function ourNpmSubjects() {
  const entries = await ourNpmEntries();
  return entries.map(({ subpath, target }) => {
    const specifier = subpath === '.' ? PACKAGE : `${PACKAGE}/${subpath.slice(2)}`;
    const sideEffect = subpath === '.' || target.includes('/define/');
    return {
      id: npmBundleId(subpath),
      group: OUR_GROUP,
      label: sideEffect ? `import '${specifier}'` : `export * from '${specifier}'`,
      code: sideEffect
        ? `import ${JSON.stringify(specifier)};`
        : `export * from ${JSON.stringify(specifier)};`,
      kind: subpath === '.' ? 'set' : sideEffect ? 'widget' : 'api',
      ...(existsSync(join(elementsDir, target)) ? {} : { missing: `${target} not built yet` }),
    };
  });
}

/**
 * Every shipped file under dist/cdn (source maps and manifests excepted), path relative to dist/cdn.
 * @returns {Promise<string[]>}
 */
export async function cdnFiles() {
  if (!existsSync(cdnDir)) return [];
  const found = await readdir(cdnDir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile() && /\.(m?js|css)$/.test(entry.name))
    .map((entry) => relative(cdnDir, join(entry.parentPath, entry.name)))
    .sort();
}
