// Copies package.json's version into src/shared/version.ts (`export const VERSION = '…'`). Run by the root
// `npm run version-packages` right after `changeset version`, so the version a page reports (and the one the
// duplicate-define warning names) is always the version that was published.
import { readFileSync, writeFileSync } from 'node:fs';

const packageJsonUrl = new URL('../package.json', import.meta.url);
const versionFileUrl = new URL('../src/shared/version.ts', import.meta.url);
const versionLine = /^export const VERSION = '[^']*';$/m;

const { version } = JSON.parse(readFileSync(packageJsonUrl, 'utf8'));
const source = readFileSync(versionFileUrl, 'utf8');

if (!versionLine.test(source)) {
  console.error("sync-version: src/shared/version.ts has no line `export const VERSION = '…';` to update.");
  process.exit(1);
}

const updated = source.replace(versionLine, `export const VERSION = '${version}';`);
if (updated === source) {
  console.log(`sync-version: VERSION is already ${version}`);
} else {
  writeFileSync(versionFileUrl, updated);
  console.log(`sync-version: VERSION set to ${version}`);
}
