// Byte measurements for the size budgets. Deterministic on purpose: the same files give the same numbers
// on any machine (brotli at its fixed maximum quality, one bundler configuration, no timestamps).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

/** Brotli-compressed size in bytes, as a CDN or web server serves the file at maximum quality. */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

export function fileSize(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, brotli: brotliSize(bytes) };
}

const ENTRY_ID = '\0size-entry.js';

/**
 * What a consumer's app loads for `import { … } from '<entry>'`: a production Vite build (Lit and the model
 * bundled, minified, tree-shaken with the package's `sideEffects`), the entry chunk with every chunk it
 * imports statically.
 * @param {string} packageDir absolute folder of the package
 * @param {string} file absolute path of the entry file the export resolves to
 */
export async function bundledSize(packageDir, file) {
  const output = await build({
    root: packageDir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === ENTRY_ID ? id : undefined),
        // Re-exporting everything stands for a consumer that uses what it imports (a bare import of a
        // side-effect-free module would measure nothing).
        load: (id) => (id === ENTRY_ID ? `export * from ${JSON.stringify(file)};\n` : undefined),
      },
    ],
    build: {
      write: false,
      copyPublicDir: false,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: ENTRY_ID, preserveEntrySignatures: 'exports-only' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks = new Map(
    results
      .flatMap((result) => result.output)
      .filter((item) => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  // The entry and what it imports statically: what a page loads for the element. A chunk reached only by
  // `import()` (the readers and validator of a site's own content) loads only when a page gives content
  // of its own; the script-tag build weighs it as a file of its own (site-content.js).
  const loaded = new Set(
    [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
  );
  for (const name of loaded) for (const imported of chunks.get(name)?.imports ?? []) loaded.add(imported);
  const code = [...loaded].map((name) => chunks.get(name)?.code ?? '').join('\n');
  const bytes = Buffer.from(code);
  return { raw: bytes.length, brotli: brotliSize(bytes), code };
}
