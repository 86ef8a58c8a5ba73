// @ts-check
// Bundles a few import lines the way a site's own build would: Vite (Rolldown) in production mode, every
// dependency (lit included) inlined, minified, one JS file plus one CSS file when the entry imports CSS.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { bundlesDir, cacheDir, entriesDir } from '../paths.mjs';

/**
 * @typedef {object} Bundle
 * @property {Uint8Array} js
 * @property {Uint8Array | undefined} css
 * @property {string} jsUrl  Site-relative URL of the written JS file.
 * @property {string | undefined} cssUrl
 */

/**
 * @param {string} id  File-name-safe name of the bundle.
 * @param {string} code  The entry module's source (import statements).
 * @returns {Promise<Bundle>}
 */
export async function bundleEntry(id, code) {
  await mkdir(entriesDir, { recursive: true });
  await mkdir(bundlesDir, { recursive: true });
  const entry = join(entriesDir, `${id}.js`);
  await writeFile(entry, code);

  const result = await build({
    configFile: false,
    envFile: false,
    root: cacheDir,
    publicDir: false,
    logLevel: 'silent',
    mode: 'production',
    // A consumer's app build replaces this; some peers read it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      cssMinify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: id, cssFileName: id },
      // Library mode leaves ES output unminified and may split dynamic imports: a shipped app would not.
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((one) =>
    'output' in one ? one.output : [],
  );

  /** @type {Uint8Array[]} */
  const js = [];
  /** @type {Uint8Array[]} */
  const css = [];
  for (const file of outputs) {
    const bytes = file.type === 'chunk' ? new TextEncoder().encode(file.code) : toBytes(file.source);
    if (file.fileName.endsWith('.js')) js.push(bytes);
    else if (file.fileName.endsWith('.css')) css.push(bytes);
  }
  if (js.length !== 1) throw new Error(`Bundling ${id} gave ${js.length} JS files; expected one.`);
  const [jsBytes] = js;
  if (!jsBytes) throw new Error(`Bundling ${id} gave no JS.`);
  const cssBytes = css.length > 0 ? concat(css) : undefined;

  await writeFile(join(bundlesDir, `${id}.js`), jsBytes);
  if (cssBytes) await writeFile(join(bundlesDir, `${id}.css`), cssBytes);
  return {
    js: jsBytes,
    css: cssBytes,
    jsUrl: `/bundles/${id}.js`,
    cssUrl: cssBytes ? `/bundles/${id}.css` : undefined,
  };
}

/** @param {string | Uint8Array} source */
function toBytes(source) {
  return typeof source === 'string' ? new TextEncoder().encode(source) : source;
}

/** @param {Uint8Array[]} parts */
function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
