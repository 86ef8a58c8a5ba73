// Builds the WordPress plugin: dist/ketahanan-lokal/ (the plugin folder) and dist/ketahanan-lokal.zip (what
// Plugins → Add New → Upload Plugin takes). The plugin's version is the elements version it carries, and its
// script files are that build's dist/cdn/ files with their integrity.json, byte for byte.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { defaultContent } from '@ketahanan/model';
import { fallbackLabels } from '@ketahanan/elements/snippet';
import { contentRules } from './content-rules.mjs';
import { scriptSizes } from './script-sizes.mjs';
import { jedJson, moFile, parsePo } from './translations.mjs';

const require = createRequire(import.meta.url);
const appDir = fileURLToPath(new URL('..', import.meta.url));
const source = join(appDir, 'plugin');
const dist = join(appDir, 'dist');
const slug = 'ketahanan-lokal';
const out = join(dist, slug);

const cdnDir = dirname(require.resolve('@ketahanan/elements/cdn/integrity.json'));
const { version } = JSON.parse(readFileSync(require.resolve('@ketahanan/elements/package.json'), 'utf8'));
const integrity = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8'));
if (integrity.version !== version) {
  throw new Error(
    `build-plugin: dist/cdn/integrity.json is for ${integrity.version}, not ${version}: rebuild elements.`,
  );
}

const json = (value) => `${JSON.stringify(value, null, 1)}\n`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(source, out, { recursive: true, filter: (path) => !path.endsWith('.po') });

// The version WordPress shows and compares is the version of the widgets inside.
for (const file of [
  `${slug}.php`,
  'readme.txt',
  ...readdirSync(join(source, 'blocks')).map((block) => `blocks/${block}/block.json`),
]) {
  const path = join(out, file);
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('0.0.0-dev', version));
}

// Every script file of the build, the split layout's included (`split/core.js`, …), and the hashes of them all.
const scripts = readdirSync(cdnDir, { recursive: true })
  .map((name) => String(name).split('\\').join('/'))
  .filter((name) => name.endsWith('.js'))
  .sort();
for (const file of [...scripts, 'integrity.json']) {
  mkdirSync(dirname(join(out, 'assets/elements', file)), { recursive: true });
  cpSync(join(cdnDir, file), join(out, 'assets/elements', file));
}

mkdirSync(join(out, 'data'), { recursive: true });
writeFileSync(join(out, 'data/script-sizes.json'), json(scriptSizes(cdnDir, scripts)));
writeFileSync(join(out, 'data/content-rules.json'), json(contentRules()));
writeFileSync(join(out, 'data/default-content.json'), json(defaultContent));
writeFileSync(
  join(out, 'data/fallback-labels.json'),
  json({ id: fallbackLabels('id'), en: fallbackLabels('en') }),
);
cpSync(require.resolve('@ketahanan/model/messages.json'), join(out, 'data/messages.json'));
cpSync(require.resolve('@ketahanan/model/schema.json'), join(out, 'data/schema.json'));

for (const po of readdirSync(join(source, 'languages')).filter((name) => name.endsWith('.po'))) {
  const entries = parsePo(readFileSync(join(source, 'languages', po), 'utf8'));
  const base = po.slice(0, -'.po'.length);
  const language = base.slice(`${slug}-`.length);
  writeFileSync(join(out, 'languages', `${base}.mo`), moFile(entries));
  writeFileSync(join(out, 'languages', `${base}-${slug}-editor.json`), jedJson(entries, slug, language));
}

/** Every file under `dir`, as zip entries under the plugin's folder name, with a fixed date (same bytes each build). */
function entriesOf(dir) {
  const entries = {};
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        entries[`${slug}/${relative(dir, full).split('\\').join('/')}`] = [
          readFileSync(full),
          { mtime: new Date('2026-01-01T00:00:00Z') },
        ];
    }
  };
  walk(dir);
  return entries;
}
writeFileSync(join(dist, `${slug}.zip`), zipSync(entriesOf(out), { level: 9 }));
console.log(
  `build-plugin: dist/${slug}.zip (version ${version}, ${Object.keys(entriesOf(out)).length} files)`,
);
