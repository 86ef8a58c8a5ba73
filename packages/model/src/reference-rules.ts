/**
 * The cross-references of the content model in one list: which field of which section holds ids of which
 * other section. Validation (`references.ts`) and merging (`merge.ts`) both read it, so they never disagree.
 */
import type { SectionName } from './schema.js';
import type { ReferenceTarget } from './messages.js';

export interface ReferenceRule {
  /** The section whose items hold the reference. */
  readonly from: SectionName;
  /** The field on each item: a single id, or a list of ids when `many`. */
  readonly field: string;
  readonly many: boolean;
  /** Whether an item may lack the reference (a principle need not prevent a challenge). */
  readonly optional: boolean;
  /** The section whose item ids the reference must name. */
  readonly to: SectionName;
  readonly target: ReferenceTarget;
}

// Order matters for merging: partners are pruned against sectors before partnerships are pruned against them.
export const REFERENCE_RULES: readonly ReferenceRule[] = [
  { from: 'partners', field: 'sector', many: false, optional: false, to: 'sectors', target: 'sector' },
  { from: 'partnerships', field: 'partners', many: true, optional: false, to: 'partners', target: 'partner' },
  { from: 'benefits', field: 'partners', many: true, optional: false, to: 'partners', target: 'partner' },
  {
    from: 'principles',
    field: 'prevents',
    many: false,
    optional: true,
    to: 'challenges',
    target: 'challenge',
  },
  {
    from: 'challenges',
    field: 'principle',
    many: false,
    optional: false,
    to: 'principles',
    target: 'principle',
  },
];

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
