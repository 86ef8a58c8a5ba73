// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of every script-tag file, so that
// snippets can pin both the exact version and the exact bytes. Run after `vite build -c vite.cdn.config.ts`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const cdnDir = new URL('../dist/cdn/', import.meta.url);
const manifestName = 'integrity.json';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const names = readdirSync(cdnDir)
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

writeFileSync(
  new URL(manifestName, cdnDir),
  `${JSON.stringify({ version, algorithm: 'sha384', files }, null, 2)}\n`,
);
console.log(`write-integrity: ${names.length} files hashed into dist/cdn/${manifestName}`);
