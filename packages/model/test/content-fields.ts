/**
 * The built-in content as a list of fields, and which of them we write ourselves. Everything not named in
 * {@link EDITOR_WRITTEN} is the article's own text; the provenance and completeness tests hold it to that.
 */

/** Every leaf of a value with its path, e.g. `["faq[0].id", "apa-itu-ketahanan-lokal"]`. */
export function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path === '' ? key : `${path}.${key}`));
  }
  return [[path, value]];
}

/** Identifiers and cross-references: not text anyone reads as a statement. */
export const IDENTIFIERS = /(?:^|\.)(?:id|sector|prevents|principle)$|\.(?:partners|contributions)\[\d+\]$/;

/**
 * The short list of fields an editor writes, each with why it may be ours. None of them states a fact about
 * a partner: names only name, and a partner's description, area and contributions are absent (see
 * `provenance.test.ts`). Labels are still made of the article's words.
 */
export const EDITOR_WRITTEN: readonly { readonly kind: string; readonly path: RegExp }[] = [
  { kind: 'ids and references', path: IDENTIFIERS },
  { kind: 'the title (the article file starts with its lead)', path: /^meta\.title$/ },
  {
    kind: 'names of what the article names (aspects, threats, sectors, partners)',
    path: /^(?:resilience\.(?:aspects|threats)|sectors|partners)\[\d+\]\.name$/,
  },
  { kind: 'places the article names, as filter labels', path: /^partnerships\[\d+\]\.area$/ },
];

export function editorWritten(path: string): string | undefined {
  return EDITOR_WRITTEN.find((field) => field.path.test(path))?.kind;
}

/** An editor-written field people read: a label, not an id or a reference. */
export function isLabel(path: string): boolean {
  return editorWritten(path) !== undefined && !IDENTIFIERS.test(path);
}

/** The fields that must be the article's own text, with their paths. */
export function articleTextFields(content: unknown): [string, string][] {
  return leaves(content).flatMap(([path, value]) =>
    typeof value === 'string' && editorWritten(path) === undefined ? [[path, value] as [string, string]] : [],
  );
}
