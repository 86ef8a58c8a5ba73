// Byte budgets, checked in the test command: every JavaScript entry of the package as a consumer's bundler
// ships it, and every script-tag file in dist/cdn/, brotli-compressed. Fails when one is over its budget,
// when a file or entry has no budget, when a budget is above the target of the benchmarks issue, or when
// the README's size table is not what the build measures.
//
// A file that does not meet its target yet (a known gap, shown in the README table) may have a budget above
// the target, but only a tight one: at most 3% above its current size. That budget still stops any growth,
// and it has to come down (`size:update`) as soon as the file shrinks by more than a few percent.
//
//   node scripts/check-size.mjs                 check (the test command runs this)
//   node scripts/check-size.mjs --set-budgets   set each budget ~5% above its current size (capped at its
//                                               target; 3% for a file over its target), never above the
//                                               budget it had, and rewrite the table in README.md.
//                                               `npm run size:update` builds first: dist/ must be current.
//   node scripts/check-size.mjs --write-table   rewrite the README table with the budgets as they are (for a
//                                               new file's budget set by hand, without moving the others)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledSize, fileSize } from './size/measure.mjs';
import { readmeTableIsCurrent, sizeTable, writeReadmeTable } from './size/readme-table.mjs';
import { targetFor } from './size/targets.mjs';

const packageUrl = new URL('../', import.meta.url);
const packageDir = fileURLToPath(packageUrl);
const budgetsUrl = new URL('size-budgets.json', packageUrl);
const setBudgets = process.argv.includes('--set-budgets');
const writeTable = setBudgets || process.argv.includes('--write-table');

const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));
/** Printed by Lit's development build only. */
const LIT_DEV_MODE = 'Lit is in dev mode';
const roundUp = (bytes) => Math.ceil(bytes / 100) * 100;
/** The budget of a file over its target: its size and 3%, so that it guards against growth. */
const gapBudget = (brotli) => roundUp(brotli * 1.03);
const pkg = readJson(new URL('package.json', packageUrl));
const manifest = readJson(new URL('custom-elements.json', packageUrl));

/** Tags each define module registers, from the manifest's custom-element-definition exports. */
function tagsOf(distFile) {
  const source = distFile.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
  const all = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
  );
  const own = manifest.modules
    .find((m) => m.path === source)
    ?.exports?.filter((e) => e.kind === 'custom-element-definition');
  return [...new Set((own?.length ? own : source === 'src/index.ts' ? all : []).map((e) => e.name))];
}

async function measureEntries() {
  const rows = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (typeof file !== 'string' || !file.endsWith('.js') || subpath.includes('*')) continue;
    const path = fileURLToPath(new URL(file, packageUrl));
    if (!existsSync(path)) {
      failures.push(`npm:${subpath}: ${file} does not exist (run the build first)`);
      continue;
    }
    const size = await bundledSize(packageDir, path);
    const name = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`;
    rows.push({ item: `npm:${subpath}`, what: `\`import '${name}'\`, bundled`, ...size, tags: tagsOf(file) });
  }
  return rows;
}

function measureCdnFiles() {
  const cdnUrl = new URL('dist/cdn/', packageUrl);
  if (!existsSync(cdnUrl)) {
    failures.push('dist/cdn/ does not exist (the script-tag build has not run)');
    return [];
  }
  const selfContained = readdirSync(cdnUrl)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      // ketahanan.js and ketahanan.classic.js define every tag; <element>.js those of src/define/<element>.ts.
      const entry = name.startsWith('ketahanan.') ? './dist/index.js' : `./dist/define/${name}`;
      const code = readFileSync(new URL(name, cdnUrl), 'utf8');
      const size = fileSize(new URL(name, cdnUrl));
      return {
        item: `cdn:${name}`,
        what: `\`dist/cdn/${name}\` by script tag`,
        ...size,
        code,
        tags: tagsOf(entry),
      };
    });
  return [...selfContained, ...measureSplitFiles(cdnUrl)];
}

/**
 * The split layout: each element file with every chunk it imports (`core.js`, …), as the browser fetches
 * them for a page with that one widget; each file is compressed on its own, as a CDN serves it.
 */
function measureSplitFiles(cdnUrl) {
  const integrityUrl = new URL('integrity.json', cdnUrl);
  if (!existsSync(integrityUrl)) {
    failures.push('dist/cdn/integrity.json does not exist (the script-tag build has not run)');
    return [];
  }
  const { imports } = readJson(integrityUrl);
  return Object.entries(imports)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, chunks]) => {
      const sizes = [file, ...chunks].map((name) => fileSize(new URL(name, cdnUrl)));
      const chunkNames = chunks.map((name) => `\`${name.replace(/^split\//, '')}\``).join(' + ');
      return {
        item: `cdn:${file}`,
        what: `\`dist/cdn/${file}\` + ${chunkNames}`,
        raw: sizes.reduce((sum, size) => sum + size.raw, 0),
        brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
        code: readFileSync(new URL(file, cdnUrl), 'utf8'),
        tags: tagsOf(`./dist/define/${file.replace(/^split\//, '')}`),
      };
    });
}

const budgets = readJson(budgetsUrl);
const failures = [];
const measured = [...(await measureEntries()), ...measureCdnFiles()];

if (setBudgets) {
  // Budgets only come down: a file that grew keeps the budget it had (and fails it, if it grew past it).
  const previous = budgets.budgets;
  budgets.budgets = Object.fromEntries(
    measured.map(({ item, brotli }) => {
      const fitted =
        brotli > targetFor(item) ? gapBudget(brotli) : Math.min(targetFor(item), roundUp(brotli * 1.05));
      return [item, Math.min(fitted, previous[item] ?? Infinity)];
    }),
  );
  writeFileSync(budgetsUrl, `${JSON.stringify(budgets, null, 2)}\n`);
}

const rows = measured.map((row) => ({
  ...row,
  budget: budgets.budgets[row.item],
  target: targetFor(row.item),
}));
for (const row of rows) {
  if (row.budget === undefined) failures.push(`${row.item} has no budget in size-budgets.json`);
  else if (row.budget > row.target && row.budget > gapBudget(row.brotli))
    failures.push(
      `${row.item}: budget ${row.budget} B is above its target ${row.target} B by more than the 3% a file that misses its target may keep (run npm run size:update)`,
    );
  if (row.budget !== undefined && row.brotli > row.budget)
    failures.push(
      `${row.item}: ${row.brotli} B brotli is over its budget of ${row.budget} B (${row.brotli - row.budget} B too many)`,
    );
  // A file that lost its define calls (tree-shaken by a wrong `sideEffects`) would pass any budget.
  for (const tag of row.tags ?? []) {
    if (!row.code?.includes(tag)) failures.push(`${row.item}: does not define <${tag}>`);
  }
  // Lit's development build (warnings, extra checks) is several KB larger; readers must never get it.
  if (row.code?.includes(LIT_DEV_MODE)) failures.push(`${row.item}: contains Lit's development build`);
}
for (const item of Object.keys(budgets.budgets)) {
  if (!measured.some((row) => row.item === item))
    failures.push(`${item} is in size-budgets.json but was not built`);
}

const width = Math.max(...rows.map((row) => row.item.length));
for (const row of rows) {
  const status = row.budget !== undefined && row.brotli <= row.budget ? 'ok  ' : 'OVER';
  const gap = row.brotli > row.target ? ` (target ${row.target} B not met)` : '';
  console.log(
    `${status} ${row.item.padEnd(width)} ${String(row.brotli).padStart(7)} B brotli / budget ${row.budget ?? '—'} B${gap}`,
  );
}
const readmeUrl = new URL('README.md', packageUrl);
if (writeTable) {
  const written = await writeReadmeTable(readmeUrl, sizeTable(rows));
  const what = setBudgets ? 'Budgets and README.md table' : 'README.md table';
  console.log(written ? `${what} updated.` : `${what}: README.md has no size-table markers.`);
} else if (!(await readmeTableIsCurrent(readmeUrl, sizeTable(rows)))) {
  failures.push(
    'the size table in README.md is not what this build measures (run npm run size:update, or node scripts/check-size.mjs --write-table after setting a budget by hand)',
  );
}
if (failures.length) {
  console.error(`\nSize check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
