// The brotli size of each script file the plugin serves, written to data/script-sizes.json: what the
// plugin's Script_Plan weighs to pick the fewest bytes for a page. Brotli at its maximum quality, as a web
// server or CDN that compresses serves it (and as @ketahanan/elements' size budgets measure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * @param {string} dir The folder the files are in.
 * @param {readonly string[]} files Paths relative to it.
 * @returns {Record<string, number>} Brotli bytes by path.
 */
export function scriptSizes(dir, files) {
  return Object.fromEntries(
    files.map((file) => {
      const bytes = readFileSync(join(dir, file));
      const compressed = brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
      return [file, compressed.length];
    }),
  );
}
