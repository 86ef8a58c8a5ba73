/**
 * The one schema source of the content model. Types, runtime validation and the shipped JSON Schema
 * (`@ketahanan/model/schema.json`) are all derived from the valibot schemas in this file.
 *
 * Objects are strict: an unknown key is almost always a typo in a site owner's JSON ("quesiton"), and we
 * would rather say so than silently ignore it. Cross-references (a principle's `prevents`, a partnership's
 * `partners`, …) are plain ids here; whether they resolve is checked in `references.ts`, because JSON
 * Schema cannot express it.
 */
import * as v from 'valibot';
import { WITHOUT_HIDDEN_CHARACTERS } from './hidden-characters.js';
import { withoutStackedCharacters } from './stacked-characters.js';

/** Longest text we accept in any field: long enough for a real answer, short enough to stop accidents. */
export const MAX_TEXT_LENGTH = 20_000;
/** Most items in any list (1,000 partner cards must work; 10,000 is the absurd-input guard). */
export const MAX_ITEMS = 10_000;

/** What an id looks like: lowercase letters and digits in words joined by single hyphens (`visi-bersama`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, kebab-case identifier such as `visi-bersama`; used in URLs, storage and cross-references. */
export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(64));

/**
 * Human text: never empty (after trimming), never longer than {@link MAX_TEXT_LENGTH}, and no character
 * stacked so high that no column can hold it (stacked-characters.ts). Always plain text.
 */
export const TextSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty(),
  v.maxLength(MAX_TEXT_LENGTH),
  v.check(withoutStackedCharacters),
);

/**
 * A link or logo address: like text, and with no control or invisible character anywhere, checked before
 * trimming (see hidden-characters.ts for why). Which schemes are linked is the elements' rule: `https:`,
 * `http:`, `mailto:`, `tel:` and relative addresses (see `safeUrl`).
 */
export const UrlSchema = v.pipe(
  v.string(),
  v.regex(WITHOUT_HIDDEN_CHARACTERS),
  v.trim(),
  v.nonEmpty(),
  v.maxLength(MAX_TEXT_LENGTH),
);

// Marked pure so that bundlers drop the list schemas an element does not use (a plain local helper would
// otherwise look like it might have side effects, and keep every section's schema in every bundle).
/* @__NO_SIDE_EFFECTS__ */
function list<T extends v.GenericSchema>(item: T) {
  return v.pipe(v.array(item), v.maxLength(MAX_ITEMS));
}
const idList = list(IdSchema);

/** How a partner contributes; the article names money, technical help, people and knowledge. */
export const CONTRIBUTIONS = ['finansial', 'teknis', 'sdm', 'pengetahuan'] as const;
export const ContributionSchema = v.picklist(CONTRIBUTIONS);

export const MetaSchema = v.strictObject({
  /** The article's title. */
  title: TextSchema,
  /** The opening paragraph. */
  lead: TextSchema,
});

/**
 * The heading of a list section, and the paragraph that opens it where there is one: the article's
 * "Prinsip Dasar Kemitraan yang Efektif" and "Untuk membangun kemitraan yang kuat dan efektif, …". Kept
 * beside its list (`principlesHeader` beside `principles`) rather than inside it, so that a list stays a
 * list and documents written before headers existed keep validating.
 */
export const SectionHeaderSchema = v.strictObject({
  title: TextSchema,
  /** The paragraph between the heading and the list. */
  intro: v.optional(TextSchema),
});

export const NamedItemSchema = v.strictObject({ id: IdSchema, name: TextSchema });

export const ResilienceSchema = v.strictObject({
  title: TextSchema,
  /** The paragraph's opening: what local resilience covers. */
  intro: v.optional(TextSchema),
  /**
   * What local resilience is. The article defines it in its opening paragraph (`meta.lead`), so the built-in
   * content leaves this out rather than say it twice; a site owner's page without that lead may use it.
   */
  definition: v.optional(TextSchema),
  /** Why it matters. */
  description: TextSchema,
  /** ekonomi, sosial, lingkungan, budaya. */
  aspects: list(NamedItemSchema),
  /** krisis ekonomi, bencana alam, perubahan iklim. */
  threats: list(NamedItemSchema),
  /** The SDSN remark on sustainability. */
  note: v.optional(TextSchema),
});

export const SectorSchema = v.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: v.optional(TextSchema),
});

export const PartnerSchema = v.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** Id of a {@link SectorSchema sector}; left out for a partner that belongs to none (a school). */
  sector: v.optional(IdSchema),
  description: v.optional(TextSchema),
  /** How the partner contributes. The article says this of no partner, so the built-in ones carry none. */
  contributions: v.optional(v.pipe(v.array(ContributionSchema), v.maxLength(CONTRIBUTIONS.length))),
  /** Where the partner works (a region, a kabupaten, "pedesaan"). */
  area: v.optional(TextSchema),
  /**
   * The partner's site. Any address without control or invisible characters is accepted; elements only
   * link `https:`, `http:`, `mailto:`, `tel:` and relative addresses.
   */
  url: v.optional(UrlSchema),
  /** URL of a logo image; same rules as `url`. */
  logo: v.optional(UrlSchema),
});

export const TitledItemSchema = v.strictObject({ id: IdSchema, title: TextSchema, description: TextSchema });

export const PrincipleSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  /** Id of a related challenge, where the two are tied (the article's words tie two of its pairs). */
  prevents: v.optional(IdSchema),
});

export const PartnershipSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  /** What the partnership is and who takes part. */
  summary: TextSchema,
  /** The place where it happens ("Daerah pedesaan", a kabupaten); never a field such as education. */
  area: v.optional(TextSchema),
  /** Ids of the partners involved. */
  partners: idList,
  /** What it achieved, one sentence each; left out where nothing is reported. */
  outcomes: v.optional(list(TextSchema)),
});

export const BenefitSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  example: v.optional(TextSchema),
  /** Ids of the partners the benefit's text names as partners (not the people it benefits). */
  partners: idList,
});

export const ChallengeSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  solution: TextSchema,
  /** Id of a related principle, where the two are tied (see {@link PrincipleSchema}'s `prevents`). */
  principle: v.optional(IdSchema),
});

export const FaqItemSchema = v.strictObject({ id: IdSchema, question: TextSchema, answer: TextSchema });

export const ClosingSchema = v.strictObject({ title: TextSchema, text: TextSchema });

/**
 * The closing invitation. The article's is one paragraph without a heading (its rallying cry is the last
 * sentence), so `text` holds it whole and `title` is for a site owner's own heading.
 */
export const CallToActionSchema = v.strictObject({ title: v.optional(TextSchema), text: TextSchema });

// One named schema per section, so that `sections.ts` can reference each directly and bundlers drop
// the ones an element does not use.
export const SectorListSchema = list(SectorSchema);
export const PartnerListSchema = list(PartnerSchema);
export const ReasonListSchema = list(TitledItemSchema);
export const PrincipleListSchema = list(PrincipleSchema);
export const PartnershipListSchema = list(PartnershipSchema);
export const BenefitListSchema = list(BenefitSchema);
export const ChallengeListSchema = list(ChallengeSchema);
export const FaqListSchema = list(FaqItemSchema);

/** Every section of the content, all required: the shape of the built-in defaults and of merged content. */
export const ContentEntries = {
  meta: MetaSchema,
  resilience: ResilienceSchema,
  sectors: SectorListSchema,
  partners: PartnerListSchema,
  reasonsHeader: SectionHeaderSchema,
  reasons: ReasonListSchema,
  principlesHeader: SectionHeaderSchema,
  principles: PrincipleListSchema,
  partnershipsHeader: SectionHeaderSchema,
  partnerships: PartnershipListSchema,
  benefitsHeader: SectionHeaderSchema,
  benefits: BenefitListSchema,
  challengesHeader: SectionHeaderSchema,
  challenges: ChallengeListSchema,
  conclusion: ClosingSchema,
  faqHeader: SectionHeaderSchema,
  faq: FaqListSchema,
  callToAction: CallToActionSchema,
} as const;

export const ContentSchema = /* @__PURE__ */ v.strictObject(ContentEntries);

/**
 * What a site owner writes: any subset of the sections (only `faq`, only `partners`, …), each section whole.
 * `$schema` is allowed so editors can point at `schema.json` for completion.
 */
export const ContentDocumentSchema = /* @__PURE__ */ v.strictObject({
  // Spelled out rather than `...v.partial(ContentSchema).entries`: a spread of a property read is something
  // bundlers must assume has side effects, which kept every section's schema in every element's bundle.
  $schema: v.optional(v.string()),
  meta: v.optional(MetaSchema),
  resilience: v.optional(ResilienceSchema),
  sectors: v.optional(SectorListSchema),
  partners: v.optional(PartnerListSchema),
  reasonsHeader: v.optional(SectionHeaderSchema),
  reasons: v.optional(ReasonListSchema),
  principlesHeader: v.optional(SectionHeaderSchema),
  principles: v.optional(PrincipleListSchema),
  partnershipsHeader: v.optional(SectionHeaderSchema),
  partnerships: v.optional(PartnershipListSchema),
  benefitsHeader: v.optional(SectionHeaderSchema),
  benefits: v.optional(BenefitListSchema),
  challengesHeader: v.optional(SectionHeaderSchema),
  challenges: v.optional(ChallengeListSchema),
  conclusion: v.optional(ClosingSchema),
  faqHeader: v.optional(SectionHeaderSchema),
  faq: v.optional(FaqListSchema),
  callToAction: v.optional(CallToActionSchema),
});

export type Content = v.InferOutput<typeof ContentSchema>;
export type ContentDocument = v.InferInput<typeof ContentDocumentSchema>;
export type SectionName = keyof typeof ContentEntries;
export type Contribution = (typeof CONTRIBUTIONS)[number];
export type Meta = Content['meta'];
export type SectionHeader = v.InferOutput<typeof SectionHeaderSchema>;
export type Resilience = Content['resilience'];
export type NamedItem = v.InferOutput<typeof NamedItemSchema>;
export type Sector = v.InferOutput<typeof SectorSchema>;
export type Partner = v.InferOutput<typeof PartnerSchema>;
export type Reason = v.InferOutput<typeof TitledItemSchema>;
export type Principle = v.InferOutput<typeof PrincipleSchema>;
export type Partnership = v.InferOutput<typeof PartnershipSchema>;
export type Benefit = v.InferOutput<typeof BenefitSchema>;
export type Challenge = v.InferOutput<typeof ChallengeSchema>;
export type FaqItem = v.InferOutput<typeof FaqItemSchema>;
export type Closing = v.InferOutput<typeof ClosingSchema>;
export type CallToAction = v.InferOutput<typeof CallToActionSchema>;
