// CONTRACT (filled in by the model work): see the JSDoc of each export.
import type { Content, SectionName } from './schema.js';
import type { Locale } from './locale.js';
import type { Problem } from './problems.js';
import type { Section } from './sections.js';

export type ParseResult<C> =
  | { readonly ok: true; readonly content: C; readonly provided: readonly SectionName[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ParseOptions {
  /** Language of the problem messages (and of the defaults merged under the document). Default `id`. */
  readonly locale?: Locale;
}

/**
 * Validates a whole site-owner document strictly (unknown top-level keys are problems), merges it over the
 * built-in defaults of `locale` and checks every cross-reference. `provided` lists the sections the
 * document itself supplied.
 */
export declare function parseContent(input: unknown, options?: ParseOptions): ParseResult<Content>;

/**
 * What elements use: validates only the given sections of a document (other keys are ignored, since a
 * site may share one JSON file among widgets), merges them over those sections' defaults and checks the
 * cross-references between the sections given. Keeps bundles small: only these sections' schemas and
 * texts are pulled in.
 */
export declare function parseSections<const S extends readonly Section[]>(
  input: unknown,
  sections: S,
  options?: ParseOptions,
): ParseResult<Pick<Content, S[number]['name']>>;
