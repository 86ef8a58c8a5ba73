/**
 * The cross-references of the content model: which field of which section holds ids of which other section.
 * Validation (`references.ts`) and merging (`merge.ts`) both read them, so they never disagree. Each rule
 * travels with the section that holds the reference (`sections.ts`), so a widget that shows only the FAQ
 * carries no reference code paths it cannot use.
 */
import type { SectionName } from './schema.js';
import type { ReferenceTarget } from './messages.js';

export interface ReferenceRule {
  /** The section whose items hold the reference. */
  readonly from: SectionName;
  /** The field on each item: a single id, or a list of ids when `many`. */
  readonly field: string;
  readonly many: boolean;
  /**
   * Whether an item may lack the reference (a principle need not name a challenge, a school has no sector).
   * Merging then drops only a dangling optional reference, never the item that holds it.
   */
  readonly optional: boolean;
  /** The section whose item ids the reference must name. */
  readonly to: SectionName;
  readonly target: ReferenceTarget;
  /** Merging applies rules by this number: partners are pruned against sectors before partnerships against partners. */
  readonly order: number;
}

export const PARTNER_SECTOR: ReferenceRule = {
  from: 'partners',
  field: 'sector',
  many: false,
  optional: true,
  to: 'sectors',
  target: 'sector',
  order: 0,
};
export const PARTNERSHIP_PARTNERS: ReferenceRule = {
  from: 'partnerships',
  field: 'partners',
  many: true,
  optional: false,
  to: 'partners',
  target: 'partner',
  order: 1,
};
export const BENEFIT_PARTNERS: ReferenceRule = {
  from: 'benefits',
  field: 'partners',
  many: true,
  optional: false,
  to: 'partners',
  target: 'partner',
  order: 2,
};
export const PRINCIPLE_PREVENTS: ReferenceRule = {
  from: 'principles',
  field: 'prevents',
  many: false,
  optional: true,
  to: 'challenges',
  target: 'challenge',
  order: 3,
};
export const CHALLENGE_PRINCIPLE: ReferenceRule = {
  from: 'challenges',
  field: 'principle',
  many: false,
  optional: true,
  to: 'principles',
  target: 'principle',
  order: 4,
};

/** Every rule, in merge order: what whole-document validation and `mergeContent` apply. */
export const REFERENCE_RULES: readonly ReferenceRule[] = [
  PARTNER_SECTOR,
  PARTNERSHIP_PARTNERS,
  BENEFIT_PARTNERS,
  PRINCIPLE_PREVENTS,
  CHALLENGE_PRINCIPLE,
];

/** The rules the given sections hold, each once, in merge order. */
export function rulesOf(
  sections: readonly { readonly references: readonly ReferenceRule[] }[],
): ReferenceRule[] {
  return [...new Set(sections.flatMap((section) => section.references))].sort((a, b) => a.order - b.order);
}

/**
 * A list section's items as loose records. Validated sections hold only objects, but `mergeContent` may be
 * handed an unvalidated document, so anything else is skipped rather than trusted.
 */
export function itemsOf(section: unknown): readonly Record<string, unknown>[] {
  if (!Array.isArray(section)) return [];
  return section.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

/** The ids of a list section. */
export function idsOf(section: unknown): Set<unknown> {
  return new Set(itemsOf(section).map((item) => item.id));
}
