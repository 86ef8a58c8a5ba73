/**
 * A section bundles one top-level part of the content with its schema and its defaults in both locales.
 * Elements import only the sections they show, so a bundler keeps just those schemas and texts: the FAQ
 * accordion's script-tag file carries the FAQ, not the whole article. A list section's heading and intro are
 * a section of their own (`faqHeaderSection` beside `faqSection`), imported by the elements that show them.
 */
import type * as v from 'valibot';
import {
  BenefitListSchema,
  CallToActionSchema,
  ChallengeListSchema,
  ClosingSchema,
  FaqListSchema,
  MetaSchema,
  PartnerListSchema,
  PartnershipListSchema,
  PrincipleListSchema,
  ReasonListSchema,
  ResilienceSchema,
  SectionHeaderSchema,
  SectorListSchema,
  type Content,
  type SectionName,
} from './schema.js';
import {
  BENEFIT_PARTNERS,
  CHALLENGE_PRINCIPLE,
  PARTNER_SECTOR,
  PARTNERSHIP_PARTNERS,
  PRINCIPLE_PREVENTS,
  type ReferenceRule,
} from './reference-rules.js';
import {
  benefitsBuiltIn,
  benefitsHeaderBuiltIn,
  callToActionBuiltIn,
  challengesBuiltIn,
  challengesHeaderBuiltIn,
  conclusionBuiltIn,
  faqBuiltIn,
  faqHeaderBuiltIn,
  metaBuiltIn,
  partnersBuiltIn,
  partnershipsBuiltIn,
  partnershipsHeaderBuiltIn,
  principlesBuiltIn,
  principlesHeaderBuiltIn,
  reasonsBuiltIn,
  reasonsHeaderBuiltIn,
  resilienceBuiltIn,
  sectorsBuiltIn,
  type BuiltInSection,
} from './built-in-sections.js';

/** A section's name and built-in texts, with its schema and the cross-references its items hold. */
export interface Section<N extends SectionName = SectionName> extends BuiltInSection<N> {
  readonly schema: v.GenericSchema<unknown, Content[N]>;
  /** The cross-references this section's items hold (a partner's `sector`, …); checked when it is parsed. */
  readonly references: readonly ReferenceRule[];
}

export type { ReferenceRule } from './reference-rules.js';

function section<N extends SectionName>(
  builtIn: BuiltInSection<N>,
  schema: v.GenericSchema,
  references: readonly ReferenceRule[] = [],
): Section<N> {
  return { ...builtIn, schema: schema as unknown as v.GenericSchema<unknown, Content[N]>, references };
}

// Each section is its own pure top-level binding with its schema named statically, so that unused ones (and
// their schemas and texts) are tree-shaken away.
export const metaSection = /* @__PURE__ */ section(metaBuiltIn, MetaSchema);
export const resilienceSection = /* @__PURE__ */ section(resilienceBuiltIn, ResilienceSchema);
export const sectorsSection = /* @__PURE__ */ section(sectorsBuiltIn, SectorListSchema);
export const partnersSection = /* @__PURE__ */ section(partnersBuiltIn, PartnerListSchema, [PARTNER_SECTOR]);
export const reasonsHeaderSection = /* @__PURE__ */ section(reasonsHeaderBuiltIn, SectionHeaderSchema);
export const reasonsSection = /* @__PURE__ */ section(reasonsBuiltIn, ReasonListSchema);
export const principlesHeaderSection = /* @__PURE__ */ section(principlesHeaderBuiltIn, SectionHeaderSchema);
export const principlesSection = /* @__PURE__ */ section(principlesBuiltIn, PrincipleListSchema, [
  PRINCIPLE_PREVENTS,
]);
export const partnershipsHeaderSection = /* @__PURE__ */ section(
  partnershipsHeaderBuiltIn,
  SectionHeaderSchema,
);
export const partnershipsSection = /* @__PURE__ */ section(partnershipsBuiltIn, PartnershipListSchema, [
  PARTNERSHIP_PARTNERS,
]);
export const benefitsHeaderSection = /* @__PURE__ */ section(benefitsHeaderBuiltIn, SectionHeaderSchema);
export const benefitsSection = /* @__PURE__ */ section(benefitsBuiltIn, BenefitListSchema, [
  BENEFIT_PARTNERS,
]);
export const challengesHeaderSection = /* @__PURE__ */ section(challengesHeaderBuiltIn, SectionHeaderSchema);
export const challengesSection = /* @__PURE__ */ section(challengesBuiltIn, ChallengeListSchema, [
  CHALLENGE_PRINCIPLE,
]);
export const conclusionSection = /* @__PURE__ */ section(conclusionBuiltIn, ClosingSchema);
export const faqHeaderSection = /* @__PURE__ */ section(faqHeaderBuiltIn, SectionHeaderSchema);
export const faqSection = /* @__PURE__ */ section(faqBuiltIn, FaqListSchema);
export const callToActionSection = /* @__PURE__ */ section(callToActionBuiltIn, CallToActionSchema);
