import type { Locale } from '@ketahanan/model';
import { readAt } from '../draft/draft.js';
import { textsOf } from '../draft/bilingual-text.js';
import type { SectionSpec } from './section-specs.js';

/** How an item is named in its legend and in announcements: "Mitra 2: Bappeda Sukamaju". */
export function itemLabel(spec: SectionSpec, item: unknown, index: number, locale: Locale): string {
  const texts = textsOf(readAt(item, [spec.nameField]));
  const name = (texts[locale] || texts[locale === 'id' ? 'en' : 'id']).trim();
  const numbered = `${spec.item[locale]} ${index + 1}`;
  return name ? `${numbered}: ${name}` : numbered;
}
