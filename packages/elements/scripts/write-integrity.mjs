// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of every script-tag file, so that
// snippets can pin both the exact version and the exact bytes, and the chunks each file of the split layout
// imports (`imports`), so that a snippet can pin those too with `<link rel="modulepreload" integrity>`.
// Run after `vite build -c vite.cdn.config.ts`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { IMPORTS_FILE } from './cdn/split-layout.mjs';

const cdnDir = new URL('../dist/cdn/', import.meta.url);
const manifestName = 'integrity.json';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Paths relative to dist/cdn/ with `/` separators (`ketahanan.js`, `split/core.js`), as URLs name them.
const names = readdirSync(cdnDir, { recursive: true, encoding: 'utf8' })
  .map((name) => name.replaceAll('\\', '/'))
  .filter((name) => name.endsWith('.js'))
  .sort();
if (names.length === 0) {
  console.error('write-integrity: dist/cdn/ holds no .js file; run the CDN build first.');
  process.exit(1);
}

const files = Object.fromEntries(
  names.map((name) => {
    const digest = createHash('sha384')
      .update(readFileSync(new URL(name, cdnDir)))
      .digest('base64');
    return [name, `sha384-${digest}`];
  }),
);

// The import graph the split build wrote; one manifest is all a snippet reads, so it moves in here.
const importsUrl = new URL(IMPORTS_FILE, cdnDir);
if (!existsSync(importsUrl)) {
  console.error(`write-integrity: dist/cdn/${IMPORTS_FILE} is missing; run the CDN build first.`);
  process.exit(1);
}
/** @type {Record<string, string[]>} */
const imports = JSON.parse(readFileSync(importsUrl, 'utf8'));
for (const [file, chunks] of Object.entries(imports)) {
  for (const name of [file, ...chunks]) {
    if (!files[name]) {
      console.error(`write-integrity: ${IMPORTS_FILE} names ${name}, which was not built.`);
      process.exit(1);
    }
  }
}
rmSync(importsUrl);

writeFileSync(
  new URL(manifestName, cdnDir),
  `${JSON.stringify({ version, algorithm: 'sha384', files, imports }, null, 2)}\n`,
);
console.log(`write-integrity: ${names.length} files hashed into dist/cdn/${manifestName}`);
