// Copies package.json's version into the files that name it: src/shared/version.ts (`export const VERSION`)
// and the version-pinned CDN URLs in README.md. Run by the root `npm run version-packages` right after
// `changeset version`, so the version a page reports (and the one the duplicate-define warning names) and
// the documented snippet are always the version that was published.
import { readFileSync, writeFileSync } from 'node:fs';

const packageJsonUrl = new URL('../package.json', import.meta.url);
const { name, version } = JSON.parse(readFileSync(packageJsonUrl, 'utf8'));

const targets = [
  {
    url: new URL('../src/shared/version.ts', import.meta.url),
    pattern: /^export const VERSION = '[^']*';$/m,
    replacement: `export const VERSION = '${version}';`,
    required: true,
  },
  {
    url: new URL('../README.md', import.meta.url),
    pattern: new RegExp(`${name.replace('/', '\\/')}@\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?=/)`, 'g'),
    replacement: `${name}@${version}`,
    required: false,
  },
];

for (const { url, pattern, replacement, required } of targets) {
  const file = url.pathname.split('/packages/elements/')[1] ?? url.pathname;
  const source = readFileSync(url, 'utf8');
  if (!pattern.test(source)) {
    if (!required) continue;
    console.error(`sync-version: ${file} has nothing matching ${pattern} to update.`);
    process.exit(1);
  }
  pattern.lastIndex = 0;
  const updated = source.replace(pattern, replacement);
  if (updated !== source) writeFileSync(url, updated);
  console.log(`sync-version: ${file} ${updated === source ? 'already names' : 'now names'} ${version}`);
}
