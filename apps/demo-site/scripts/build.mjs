// Builds the demo site into dist/: the static pages (widgets embedded with the snippet generator's output),
// the site's assets and data, and a copy of @ketahanan/elements' script-tag files under the same path
// layout jsDelivr uses (/npm/@ketahanan/elements@<version>/dist/cdn/…), plus a fake "other version" copy,
// and brotli and gzip copies of every text file for the server to send (scripts/precompress.mjs).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultContent, parseContent } from '@ketahanan/model';
import { createElementMarkup, createScriptTag, createSnippet } from '@ketahanan/elements/snippet';
import { renderPages } from '../src/pages.mjs';
import { renderSpecialPages } from '../src/special-pages.mjs';
import { OTHER_VERSION } from '../src/other-version.mjs';
import { precompress } from './precompress.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const CDN_BASE = '/npm/';

// Through the package's public exports, as any site build would: never through packages/elements/src.
const integrityPath = fileURLToPath(import.meta.resolve('@ketahanan/elements/cdn/integrity.json'));
const cdnDir = dirname(integrityPath);
const integrity = JSON.parse(readFileSync(integrityPath, 'utf8'));

function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

function copyPackage(version, sourceDir) {
  const target = join(dist, `npm/@ketahanan/elements@${version}/dist/cdn`);
  mkdirSync(target, { recursive: true });
  cpSync(sourceDir, target, { recursive: true });
  return target;
}

/** A copy of ketahanan.js that reports another VERSION, to show two versions meeting on one page. */
function writeOtherVersion() {
  const source = readFileSync(join(cdnDir, 'ketahanan.js'), 'utf8');
  const literal = new RegExp(`(["'\`])${integrity.version.replaceAll('.', '\\.')}\\1`, 'g');
  // The minifier may inline VERSION where it is compared, so it can appear more than once.
  if (!literal.test(source)) throw new Error(`No "${integrity.version}" literal in ketahanan.js to replace.`);
  const changed = source.replace(literal, (_, quote) => `${quote}${OTHER_VERSION}${quote}`);
  const target = join(dist, `npm/@ketahanan/elements@${OTHER_VERSION}/dist/cdn`);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'ketahanan.js'), changed);
  return { version: OTHER_VERSION, files: { 'ketahanan.js': sri(changed) } };
}

function readOwnContent() {
  const json = JSON.parse(readFileSync(join(root, 'public/data/sukamaju.json'), 'utf8'));
  const parsed = parseContent(json, { locale: 'id' });
  if (!parsed.ok) {
    const list = parsed.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    throw new Error(`public/data/sukamaju.json is not valid content:\n${list}`);
  }
  return { content: parsed.content, provided: parsed.provided };
}

rmSync(dist, { recursive: true, force: true });
cpSync(join(root, 'public'), dist, { recursive: true });
copyPackage(integrity.version, cdnDir);
const otherIntegrity = writeOtherVersion();

const common = { version: integrity.version, integrity, cdnBase: CDN_BASE };
const embed = {
  script: (options = {}) => createScriptTag({ ...common, bundle: 'all', ...options }),
  element: (options) => createElementMarkup(options),
  snippet: (options) => createSnippet({ ...common, ...options }),
  otherVersionScript: () =>
    createScriptTag({ version: OTHER_VERSION, integrity: otherIntegrity, cdnBase: CDN_BASE, bundle: 'all' }),
};

const pages = [
  ...renderPages({ embed, content: defaultContent }),
  ...renderSpecialPages({ embed, ownContent: readOwnContent() }),
];
for (const page of pages) {
  const file = join(dist, page.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page.html);
}
const compressed = precompress(dist);
console.log(
  `demo-site: ${pages.length} pages and @ketahanan/elements@${integrity.version} written to dist/; ` +
    `${compressed.files} text files precompressed (${(compressed.bytes / 1000).toFixed(0)} kB, brotli ${(compressed.brotli / 1000).toFixed(0)} kB)`,
);
