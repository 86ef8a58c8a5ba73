/** `dist/cdn/integrity.json` of one build: SRI hashes by file name. */
export interface IntegrityManifest {
  readonly version: string;
  /** SRI hash by path in `dist/cdn/` (`ketahanan.js`, `split/core.js`). */
  readonly files: Readonly<Record<string, string>>;
  /** For each file of the split layout, every file it imports (`split/faq-accordion.js` → `split/core.js`). */
  readonly imports?: Readonly<Record<string, readonly string[]>>;
}
