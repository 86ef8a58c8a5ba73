// Where the bytes of one script-tag file come from: builds one entry the way vite.cdn.config.ts does (same
// plugins and defines, Lit and the model bundled, minified) and prints each module's share, largest first.
//
//   npm run size:why                                   src/define/faq-accordion.ts
//   npm run size:why -- src/index.ts                   any entry of the package
//   npm run size:why -- src/index.ts --all             every module, not only the top 40
//
// Columns, from the minified file and its source map: `min` the bytes that came from the module (or group);
// `brotli` what the file's brotli size drops by when those bytes are left out (modules compress against
// each other, so these do not add up to the total exactly).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';
import { brotliSize } from './size/measure.mjs';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const entry = args.find((arg) => !arg.startsWith('--')) ?? 'src/define/faq-accordion.ts';
const showAll = args.includes('--all');
if (!existsSync(new URL(entry, new URL('../', import.meta.url)))) {
  console.error(
    `size:why: no entry ${entry} in packages/elements (give a path such as src/define/faq-accordion.ts).`,
  );
  process.exit(1);
}

const loaded = await loadConfigFromFile(
  { command: 'build', mode: 'production' },
  fileURLToPath(new URL('../vite.cdn.config.ts', import.meta.url)),
);
const cdnConfig = loaded?.config ?? {};
// Output options (minify, comments) as every script-tag file has them.
const cdnOutput = Object.values(cdnConfig.environments ?? {})[0]?.build?.rolldownOptions?.output;

const output = await build({
  root: packageDir,
  configFile: false,
  logLevel: 'silent',
  mode: 'production',
  define: cdnConfig.define,
  // Without terser's second pass, which would leave the source map behind: shares are of oxc's output,
  // about 2% larger than the shipped file.
  plugins: (cdnConfig.plugins ?? []).filter((plugin) => plugin?.name !== 'ketahanan:terser-pass'),
  build: {
    write: false,
    copyPublicDir: false,
    modulePreload: false,
    reportCompressedSize: false,
    // The map says which source each byte of the minified file came from.
    sourcemap: 'hidden',
    lib: { entry, formats: ['es'], fileName: () => 'out.js' },
    rolldownOptions: { output: { ...cdnOutput, minify: true } },
  },
});
const results = Array.isArray(output) ? output : [output];
const file = results.flatMap((result) => result.output).find((item) => item.type === 'chunk');
if (!file?.map) throw new Error(`No output chunk with a source map for ${entry}`);
const code = file.code;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For every byte of the output, the index of its source (-1: not mapped, e.g. bundler glue). */
const owner = new Int32Array(code.length).fill(-1);
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
let source = 0;
file.map.mappings.split(';').forEach((line, lineIndex) => {
  const lineStart = lineStarts[lineIndex] ?? code.length;
  const lineEnd = (lineStarts[lineIndex + 1] ?? code.length + 1) - 1;
  let column = 0;
  const segments = line
    .split(',')
    .filter(Boolean)
    .map((text) => {
      const [columnDelta, sourceDelta] = decodeSegment(text);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      return { column, source: sourceDelta === undefined ? -1 : source };
    });
  segments.forEach((segment, index) => {
    const end = index + 1 < segments.length ? segments[index + 1].column : lineEnd - lineStart;
    owner.fill(segment.source, lineStart + segment.column, lineStart + end);
  });
});

// Long template literals (CSS, HTML) are mapped at their start only: their bytes belong to what precedes them.
for (let i = 1; i < code.length; i++) if (owner[i] === -1) owner[i] = owner[i - 1];

/** A short name: `lit-html/lit-html.ts`, `valibot`, `model/issues.ts`, `shared/content-source.ts`. */
function shortName(id) {
  if (id === undefined) return '(bundler glue)';
  const clean = id.replaceAll('\\', '/');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(clean);
  if (inModules) {
    const [, name, rest] = inModules;
    return name === 'valibot' ? 'valibot' : `${name}/${rest.replace(/^(src|dist|development)\//, '')}`;
  }
  const model = /(?:^|\/)model\/(?:src|dist)\/(.*)$/.exec(clean);
  if (model) return `model/${model[1]}`;
  return clean.replace(/^(?:.*\/)?src\//, '');
}

const byName = new Map();
for (let i = 0; i < code.length; i++) {
  const name = shortName(file.map.sources[owner[i]]);
  let row = byName.get(name);
  if (!row) byName.set(name, (row = { name, min: 0, mask: [] }));
  row.min++;
  row.mask.push(i);
}
const totalBrotli = brotliSize(Buffer.from(code));
/** The file without the bytes of `row`: what leaving that module out would save once compressed. */
function brotliWithout(positions) {
  const drop = new Uint8Array(code.length);
  for (const position of positions) drop[position] = 1;
  let kept = '';
  let from = 0;
  for (let i = 0; i <= code.length; i++) {
    if (i === code.length || drop[i]) {
      kept += code.slice(from, i);
      from = i + 1;
    }
  }
  return brotliSize(Buffer.from(kept));
}
const rows = [...byName.values()];
for (const row of rows) row.brotli = totalBrotli - brotliWithout(row.mask);

/** Groups: lit, valibot, the model, the elements' shared core, each element folder. */
function groupOf(name) {
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(name)) return 'lit';
  if (name === 'valibot') return 'valibot';
  if (name.startsWith('model/content/')) return 'model: content texts';
  if (name.startsWith('model/')) return 'model: code';
  return name.split('/')[0];
}
const groups = new Map();
for (const row of rows) {
  const name = groupOf(row.name);
  const group = groups.get(name) ?? { name, min: 0, positions: [] };
  group.min += row.min;
  group.positions.push(...row.mask);
  groups.set(name, group);
}
for (const group of groups.values()) group.brotli = totalBrotli - brotliWithout(group.positions);

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`.padStart(10);
const line = (name, row) => `${name.slice(-48).padEnd(48)}${kb(row.min)}${kb(row.brotli)}`;
console.log(`${entry}: ${kb(code.length)} minified, ${kb(totalBrotli)} brotli\n`);
console.log(`${'group'.padEnd(48)}${'min'.padStart(10)}${'brotli'.padStart(10)}`);
for (const group of [...groups.values()].sort((a, b) => b.brotli - a.brotli))
  console.log(line(group.name, group));
console.log(`\n${'module'.padEnd(48)}${'min'.padStart(10)}${'brotli'.padStart(10)}`);
const sorted = rows.sort((a, b) => b.brotli - a.brotli);
for (const row of showAll ? sorted : sorted.slice(0, 40)) console.log(line(row.name, row));
