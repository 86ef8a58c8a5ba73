// @ts-check
// Weighs every subject: bundles the npm-style ones, reads the script-tag files as they are.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { bundlesDir, cdnDir } from '../paths.mjs';
import { bundleEntry } from './bundle-entry.mjs';
import { addSizes, compressedSizes } from './compressed-sizes.mjs';
import { floorSubjects } from './floor-subjects.mjs';
import { CDN_GROUP, cdnFiles, ourNpmSubjects } from './our-subjects.mjs';
import { peerSubjects } from './peer-subjects.mjs';

/**
 * @typedef {object} ByteRow
 * @property {string} id
 * @property {string} group
 * @property {string} label
 * @property {'widget' | 'set' | 'theme' | 'floor' | 'api' | 'cdn'} kind
 * @property {import('./compressed-sizes.mjs').Sizes | undefined} sizes  undefined when it could not be built
 * @property {string} [note]
 * @property {string[]} urls  Site-relative URLs of the files, for the runtime pages (JS first).
 */

/** Terminal colour codes in bundler messages (ESC [ … m), built from a char code to keep the regex printable. */
const ANSI_COLOR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The useful part of a bundler error: its first lines, one line, without paths to the cache. */
const shortMessage = (/** @type {unknown} */ error) =>
  (error instanceof Error ? error.message : String(error))
    .replaceAll(ANSI_COLOR, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('Build failed'))
    .slice(0, 2)
    .join(' ')
    .slice(0, 200);

/**
 * @param {(line: string) => void} log
 * @returns {Promise<ByteRow[]>}
 */
export async function measureBytes(log) {
  /** @type {ByteRow[]} */
  const rows = [];

  for (const file of await cdnFiles()) {
    const bytes = await readFile(join(cdnDir, file));
    // Served beside the other bundles so runtime pages load exactly the shipped file.
    const target = join(bundlesDir, 'cdn', file);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(cdnDir, file), target);
    rows.push({
      id: `cdn:${file}`,
      group: CDN_GROUP,
      label: file,
      kind: 'cdn',
      sizes: compressedSizes(bytes),
      urls: [`/bundles/cdn/${file}`],
    });
  }
  if (rows.length === 0) log('  dist/cdn is missing or empty: no script-tag files to weigh yet.');
  rows.push(...twoWidgetPages(rows));

  const subjects = [...floorSubjects(), ...(await ourNpmSubjects()), ...peerSubjects()];
  for (const subject of subjects) {
    if (subject.missing) {
      rows.push({ ...rowOf(subject), sizes: undefined, note: subject.missing, urls: [] });
      continue;
    }
    try {
      const bundle = await bundleEntry(subject.id, subject.code);
      const parts = [bundle.js, bundle.css].filter((part) => part !== undefined && part.byteLength > 0);
      rows.push({
        ...rowOf(subject),
        sizes: addSizes(parts.map((part) => compressedSizes(/** @type {Uint8Array} */ (part)))),
        ...(bundle.css && bundle.css.byteLength > 0
          ? { note: bundle.js.byteLength > 0 ? 'JS + CSS' : 'CSS' }
          : {}),
        urls: [
          ...(bundle.js.byteLength > 0 ? [bundle.jsUrl] : []),
          ...(bundle.cssUrl ? [bundle.cssUrl] : []),
        ],
      });
    } catch (error) {
      log(`  could not bundle ${subject.id}: ${shortMessage(error)}`);
      rows.push({
        ...rowOf(subject),
        sizes: undefined,
        note: `not built: ${shortMessage(error)}`,
        urls: [],
      });
    }
  }
  return rows;
}

/** The two widgets of the "two widgets on one page" rows, as their files in dist/cdn. */
const PAGE_FILES = ['faq-accordion.js', 'challenge-explorer.js'];

/**
 * What a page with the FAQ and the challenge explorer downloads: the two self-contained files (two copies
 * of Lit and the core), or the two files of the split layout plus the core they share (one copy). Each
 * file compressed on its own, as a CDN serves it.
 * @param {ByteRow[]} fileRows  the rows of the dist/cdn files
 * @returns {ByteRow[]}
 */
function twoWidgetPages(fileRows) {
  const split = PAGE_FILES.map((file) => `split/${file}`);
  return [
    { label: 'page with FAQ + explorer: their own files', files: PAGE_FILES },
    { label: 'page with FAQ + explorer: split layout', files: ['split/core.js', ...split] },
  ].flatMap(({ label, files }) => {
    const parts = files.map((file) => fileRows.find((row) => row.label === file));
    if (parts.some((part) => part?.sizes === undefined)) return [];
    return [
      {
        id: `cdn-page:${label}`,
        group: CDN_GROUP,
        label,
        kind: /** @type {const} */ ('cdn'),
        sizes: addSizes(
          parts.map((part) => /** @type {import('./compressed-sizes.mjs').Sizes} */ (part?.sizes)),
        ),
        note: files.join(' + '),
        urls: [],
      },
    ];
  });
}

/** @param {import('./peer-subjects.mjs').BundleSubject} subject */
function rowOf(subject) {
  return { id: subject.id, group: subject.group, label: subject.label, kind: subject.kind };
}
