/**
 * A section bundles one top-level part of the content with its schema and its defaults in both locales.
 * Elements import only the sections they show, so a bundler keeps just those schemas and texts: the FAQ
 * accordion's script-tag file carries the FAQ, not the whole article.
 */
import type * as v from 'valibot';
import {
  BenefitListSchema,
  ChallengeListSchema,
  ClosingSchema,
  FaqListSchema,
  MetaSchema,
  PartnerListSchema,
  PartnershipListSchema,
  PrincipleListSchema,
  ReasonListSchema,
  ResilienceSchema,
  SectorListSchema,
  type Content,
  type SectionName,
} from './schema.js';
import type { Locale } from './locale.js';
import * as id from './content/id.js';
import * as en from './content/en.js';

export interface Section<N extends SectionName = SectionName> {
  readonly name: N;
  readonly schema: v.GenericSchema<unknown, Content[N]>;
  readonly defaults: Readonly<Record<Locale, Content[N]>>;
}

function section<N extends SectionName>(name: N, schema: v.GenericSchema): Section<N> {
  return {
    name,
    schema: schema as unknown as v.GenericSchema<unknown, Content[N]>,
    defaults: { id: id[name], en: en[name] },
  };
}

// Each section is its own pure top-level binding so that unused ones are tree-shaken away.
export const metaSection = /* @__PURE__ */ section('meta', MetaSchema);
export const resilienceSection = /* @__PURE__ */ section('resilience', ResilienceSchema);
export const sectorsSection = /* @__PURE__ */ section('sectors', SectorListSchema);
export const partnersSection = /* @__PURE__ */ section('partners', PartnerListSchema);
export const reasonsSection = /* @__PURE__ */ section('reasons', ReasonListSchema);
export const principlesSection = /* @__PURE__ */ section('principles', PrincipleListSchema);
export const partnershipsSection = /* @__PURE__ */ section('partnerships', PartnershipListSchema);
export const benefitsSection = /* @__PURE__ */ section('benefits', BenefitListSchema);
export const challengesSection = /* @__PURE__ */ section('challenges', ChallengeListSchema);
export const conclusionSection = /* @__PURE__ */ section('conclusion', ClosingSchema);
export const faqSection = /* @__PURE__ */ section('faq', FaqListSchema);
export const callToActionSection = /* @__PURE__ */ section('callToAction', ClosingSchema);
