/** `dist/cdn/integrity.json` of one build: SRI hashes by file name. */
export interface IntegrityManifest {
  readonly version: string;
  readonly files: Readonly<Record<string, string>>;
}
