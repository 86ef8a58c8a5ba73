import type { Locale } from '@ketahanan/model';
import type { CardView } from './card-view.js';

/** What the reader chose; `null` means "all". */
export interface CardFilter {
  readonly sector: string | null;
  readonly area: string | null;
}

export function matches(view: CardView, filter: CardFilter): boolean {
  return (
    (filter.sector === null || view.sectorIds.includes(filter.sector)) &&
    (filter.area === null || view.area === filter.area)
  );
}

/** The distinct areas of the cards, in the reader's alphabetical order. */
export function areasOf(views: readonly CardView[], locale: Locale): string[] {
  const areas = new Set<string>();
  for (const view of views) if (view.area) areas.add(view.area);
  return [...areas].sort(new Intl.Collator(locale).compare);
}

/**
 * The option a preset value (an attribute) stands for, ignoring case and surrounding spaces; `null` when
 * it names none of them, so a typo or a language switch shows every card rather than a baffling empty list.
 */
export function pickOption(value: string | null | undefined, options: readonly string[]): string | null {
  const wanted = value?.trim().toLowerCase();
  if (!wanted) return null;
  return options.find((option) => option.toLowerCase() === wanted) ?? null;
}
