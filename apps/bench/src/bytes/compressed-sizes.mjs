// @ts-check
// Byte counts as a visitor's browser receives them: as shipped, gzip -9 and brotli -11.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ min: number, gzip: number, brotli: number }} Sizes */

/**
 * @param {Uint8Array} bytes
 * @returns {Sizes}
 */
export function compressedSizes(bytes) {
  return {
    min: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
  };
}

/**
 * @param {Sizes[]} parts
 * @returns {Sizes}
 */
export function addSizes(parts) {
  return parts.reduce(
    (sum, part) => ({
      min: sum.min + part.min,
      gzip: sum.gzip + part.gzip,
      brotli: sum.brotli + part.brotli,
    }),
    { min: 0, gzip: 0, brotli: 0 },
  );
}
