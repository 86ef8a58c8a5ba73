// The split layout of the script-tag files (`dist/cdn/split/`): one ES module per element plus `core.js`,
// which holds what every element shares (Lit, the shared element core in src/shared/, the model with its
// validation and both languages' content). A page with two or three widgets loads each element's small file
// and the core once: the browser keeps one module per URL, so Lit is downloaded and evaluated once.
//
// SRI: no file imports another (split-registry.mjs links them at run time), so a page pins every file it
// loads with `integrity` on that file's own `<script type="module">`, in every engine. Which files each
// element file needs is written to `imports.json` here and folded into integrity.json (as `imports`) by
// scripts/write-integrity.mjs, so snippets can write every tag without reading the files.

/** The Vite environment that builds the split layout. */
export const SPLIT_ENVIRONMENT = 'cdn_split';

/** The folder of the split layout inside `dist/cdn/`. */
export const SPLIT_FOLDER = 'split';

/** The import graph of the split layout, beside its files until write-integrity.mjs folds it in. */
export const IMPORTS_FILE = `${SPLIT_FOLDER}/imports.json`;

import { splitRegistry } from './split-registry.mjs';

// Modules shared by every element: Lit, valibot, the model (by package name or its workspace folder) and
// src/shared/. An element's own folder is not listed, so it stays in that element's file.
const CORE_MODULES =
  /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit|valibot)[\\/]|[\\/](?:@ketahanan|packages)[\\/]model[\\/]|[\\/]src[\\/]shared[\\/]/;

/**
 * A Rolldown plugin that writes, for each element file, every chunk it imports (directly or through
 * another chunk), in `dist/cdn/` file names.
 * @returns {import('rolldown').Plugin}
 */
function importGraph() {
  return {
    name: 'ketahanan:split-import-graph',
    generateBundle(_options, bundle) {
      /** @type {Record<string, string[]>} */
      const graph = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const seen = new Set();
        const visit = (/** @type {string} */ fileName) => {
          const imported = bundle[fileName];
          if (imported?.type !== 'chunk') return;
          for (const next of imported.imports) {
            if (seen.has(next)) continue;
            seen.add(next);
            visit(next);
          }
        };
        visit(chunk.fileName);
        graph[chunk.fileName] = [...seen].sort();
      }
      this.emitFile({ type: 'asset', fileName: IMPORTS_FILE, source: `${JSON.stringify(graph, null, 2)}\n` });
    },
  };
}

/**
 * The Vite environment of the split layout: every per-element entry in one build, the shared modules in
 * `split/core.js`.
 * @param {readonly { name: string; entry: string }[]} elements
 * @param {import('vite').BuildEnvironmentOptions} build options every script-tag file shares
 * @param {import('rolldown').OutputOptions} output output options every script-tag file shares
 * @param {import('rolldown').Plugin[]} plugins the plugins of this build alone
 * @returns {import('vite').EnvironmentOptions}
 */
export function splitEnvironment(elements, build, output, plugins = []) {
  return {
    consumer: 'client',
    build: {
      ...build,
      lib: {
        entry: Object.fromEntries(elements.map((element) => [element.name, element.entry])),
        formats: ['es'],
        fileName: (_format, entryName) => `${SPLIT_FOLDER}/${entryName}.js`,
      },
      rolldownOptions: {
        plugins: [importGraph(), splitRegistry(SPLIT_FOLDER, 'core.js'), ...plugins],
        output: {
          ...output,
          // `core.js`, and `<name>-chunk.js` for code two element files share beyond it (partner cards and card).
          chunkFileNames: (chunk) =>
            chunk.name === 'core' ? `${SPLIT_FOLDER}/core.js` : `${SPLIT_FOLDER}/[name]-chunk.js`,
          codeSplitting: { groups: [{ name: 'core', test: CORE_MODULES }] },
        },
      },
    },
  };
}
