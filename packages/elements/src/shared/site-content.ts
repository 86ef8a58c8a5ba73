/**
 * Everything an element needs to read a site's own content, and nothing it needs to show the built-in
 * article: reading JSON text and `src`, the model's validation (valibot, every section's checks, messages
 * in both languages) and the stepped check of large documents. Loaded by `import()` the first time an
 * element on the page is given content of its own (load-site-content.ts), so a page that shows the
 * article as it is never downloads or runs the validator. Self-contained in the script-tag build, where it
 * is `site-content.js` beside the element files, pinned by the SRI hash they carry.
 */
import {
  ChallengeListSchema,
  FaqListSchema,
  parseJson,
  parseSectionsInSteps,
  PartnerListSchema,
  PartnershipListSchema,
  PrincipleListSchema,
  SectionHeaderSchema,
  SectorListSchema,
  withChecks,
  type BuiltInSection,
  type Locale,
  type ParseOptions,
  type Problem,
  type Section,
  type SectionName,
} from '@ketahanan/model';

export { fetchJson, readJsonText } from './content-source.js';
export { finishInTasks, runSlice } from './stepped-check.js';

/**
 * The schemas of the sections the elements show, and no others: the rest of the article's (its
 * benefits, conclusion, …) would only add bytes to this file.
 */
const SCHEMAS: { readonly [N in ShownSection]: Section<N>['schema'] } = {
  faq: FaqListSchema,
  faqHeader: SectionHeaderSchema,
  principles: PrincipleListSchema,
  principlesHeader: SectionHeaderSchema,
  challenges: ChallengeListSchema,
  challengesHeader: SectionHeaderSchema,
  partners: PartnerListSchema,
  sectors: SectorListSchema,
  partnerships: PartnershipListSchema,
  partnershipsHeader: SectionHeaderSchema,
};

/** The sections some element shows. */
export type ShownSection =
  | 'faq'
  | 'faqHeader'
  | 'principles'
  | 'principlesHeader'
  | 'challenges'
  | 'challengesHeader'
  | 'partners'
  | 'sectors'
  | 'partnerships'
  | 'partnershipsHeader';

/**
 * The model's check of `value` for `sections` (with their schemas and cross-references), a few
 * milliseconds a step; merged over the sections' built-in texts in `options.locale`.
 */
export function checkInSteps<N extends SectionName>(
  value: unknown,
  sections: readonly BuiltInSection<N>[],
  options: ParseOptions,
) {
  // Typed for any section, as the content controller is; every element's sections are in SCHEMAS.
  const schemas = SCHEMAS as unknown as Readonly<Record<N, Section<N>['schema']>>;
  return parseSectionsInSteps(
    value,
    sections.map((section) => withChecks(section, schemas[section.name])),
    options,
  );
}

/** The localized problem of JSON text that does not parse (line, column, what was found there). */
export function jsonProblem(text: string, locale: Locale): Problem | undefined {
  const parsed = parseJson(text, locale);
  return parsed.ok ? undefined : parsed.problem;
}
