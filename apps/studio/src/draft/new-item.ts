import { isBilingual, type SectionSpec } from '../sections/section-specs.js';

/** The first `prefix-N` (N from `count + 1`) that no item of the list uses yet. */
export function freshId(prefix: string, items: readonly unknown[]): string {
  const used = new Set(
    items.map((item) =>
      typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined,
    ),
  );
  let number = items.length + 1;
  while (used.has(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}

/**
 * A new item: a fresh id and its required texts empty, so the model at once says what is still to write
 * (beside those inputs) instead of the item passing unnoticed.
 */
export function newItem(spec: SectionSpec, items: readonly unknown[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const field of spec.fields) {
    if (field.kind === 'id') item[field.key] = freshId(spec.idPrefix, items);
    else if (field.required && isBilingual(field.kind)) item[field.key] = '';
  }
  return item;
}
