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
import type { Locale } from './locale.js';
import {
  BENEFIT_PARTNERS,
  CHALLENGE_PRINCIPLE,
  PARTNER_SECTOR,
  PARTNERSHIP_PARTNERS,
  PRINCIPLE_PREVENTS,
  type ReferenceRule,
} from './reference-rules.js';
import * as id from './content/id.js';
import * as en from './content/en.js';

export interface Section<N extends SectionName = SectionName> {
  readonly name: N;
  readonly schema: v.GenericSchema<unknown, Content[N]>;
  readonly defaults: Readonly<Record<Locale, Content[N]>>;
  /** The cross-references this section's items hold (a partner's `sector`, …); checked when it is parsed. */
  readonly references: readonly ReferenceRule[];
}

export type { ReferenceRule } from './reference-rules.js';

function section<N extends SectionName>(
  name: N,
  schema: v.GenericSchema,
  idDefaults: Content[N],
  enDefaults: Content[N],
  references: readonly ReferenceRule[] = [],
): Section<N> {
  return {
    name,
    schema: schema as unknown as v.GenericSchema<unknown, Content[N]>,
    defaults: { id: idDefaults, en: enDefaults },
    references,
  };
}

// Each section is its own pure top-level binding so that unused ones are tree-shaken away. The defaults are
// passed as static member reads (`id.faq`), never looked up by name (`id[name]`): a computed lookup makes
// the bundler keep the whole namespace, i.e. every section's text in every element's file.
export const metaSection = /* @__PURE__ */ section('meta', MetaSchema, id.meta, en.meta);
export const resilienceSection = /* @__PURE__ */ section(
  'resilience',
  ResilienceSchema,
  id.resilience,
  en.resilience,
);
export const sectorsSection = /* @__PURE__ */ section('sectors', SectorListSchema, id.sectors, en.sectors);
export const partnersSection = /* @__PURE__ */ section(
  'partners',
  PartnerListSchema,
  id.partners,
  en.partners,
  [PARTNER_SECTOR],
);
export const reasonsHeaderSection = /* @__PURE__ */ section(
  'reasonsHeader',
  SectionHeaderSchema,
  id.reasonsHeader,
  en.reasonsHeader,
);
export const reasonsSection = /* @__PURE__ */ section('reasons', ReasonListSchema, id.reasons, en.reasons);
export const principlesHeaderSection = /* @__PURE__ */ section(
  'principlesHeader',
  SectionHeaderSchema,
  id.principlesHeader,
  en.principlesHeader,
);
export const principlesSection = /* @__PURE__ */ section(
  'principles',
  PrincipleListSchema,
  id.principles,
  en.principles,
  [PRINCIPLE_PREVENTS],
);
export const partnershipsHeaderSection = /* @__PURE__ */ section(
  'partnershipsHeader',
  SectionHeaderSchema,
  id.partnershipsHeader,
  en.partnershipsHeader,
);
export const partnershipsSection = /* @__PURE__ */ section(
  'partnerships',
  PartnershipListSchema,
  id.partnerships,
  en.partnerships,
  [PARTNERSHIP_PARTNERS],
);
export const benefitsHeaderSection = /* @__PURE__ */ section(
  'benefitsHeader',
  SectionHeaderSchema,
  id.benefitsHeader,
  en.benefitsHeader,
);
export const benefitsSection = /* @__PURE__ */ section(
  'benefits',
  BenefitListSchema,
  id.benefits,
  en.benefits,
  [BENEFIT_PARTNERS],
);
export const challengesHeaderSection = /* @__PURE__ */ section(
  'challengesHeader',
  SectionHeaderSchema,
  id.challengesHeader,
  en.challengesHeader,
);
export const challengesSection = /* @__PURE__ */ section(
  'challenges',
  ChallengeListSchema,
  id.challenges,
  en.challenges,
  [CHALLENGE_PRINCIPLE],
);
export const conclusionSection = /* @__PURE__ */ section(
  'conclusion',
  ClosingSchema,
  id.conclusion,
  en.conclusion,
);
export const faqHeaderSection = /* @__PURE__ */ section(
  'faqHeader',
  SectionHeaderSchema,
  id.faqHeader,
  en.faqHeader,
);
export const faqSection = /* @__PURE__ */ section('faq', FaqListSchema, id.faq, en.faq);
export const callToActionSection = /* @__PURE__ */ section(
  'callToAction',
  CallToActionSchema,
  id.callToAction,
  en.callToAction,
);
