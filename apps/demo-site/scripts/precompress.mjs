// @ts-check
// Writes `<file>.br` (brotli quality 11) and `<file>.gz` (gzip level 9) beside every text file of the
// built site, once at build time, the way a CDN keeps compressed copies at its edge. The server picks the
// copy the request's Accept-Encoding allows (sirv's `brotli` and `gzip` options); the bytes a browser
// decodes are the original file's, so SRI hashes still match.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Types a CDN compresses; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.map']);

/** Below this a compressed copy saves less than its headers cost (Cloudflare and Fastly draw the line near here). */
const MIN_BYTES = 256;

/**
 * @param {string} dir  the built site
 * @returns {{ files: number, bytes: number, brotli: number }}  what was compressed, for the build's log line
 */
export function precompress(dir) {
  let files = 0;
  let bytes = 0;
  let brotli = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!COMPRESSIBLE.has(extname(name))) continue;
    const path = join(dir, name);
    const source = readFileSync(path);
    if (source.length < MIN_BYTES) continue;
    const br = brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    });
    const gz = gzipSync(source, { level: 9 });
    // A copy that is not smaller is not written, so the server sends the original.
    if (br.length < source.length) writeFileSync(`${path}.br`, br);
    if (gz.length < source.length) writeFileSync(`${path}.gz`, gz);
    files += 1;
    bytes += source.length;
    brotli += Math.min(br.length, source.length);
  }
  return { files, bytes, brotli };
}
