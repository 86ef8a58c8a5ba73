/** The drafts a site owner can start from: the article's own content, or empty sections to fill. */
import { defaultContent } from '@ketahanan/model';
import { isBilingual, SECTION_SPECS, type SectionSpec } from '../sections/section-specs.js';
import type { Draft } from './draft.js';

type Item = Readonly<Record<string, unknown>>;

/**
 * One section of the article in both languages: each text field as `{ id, en }`. The built-in content has
 * the same ids in the same order in both languages (a model test says so), so items pair by id.
 */
export function articleSection(spec: SectionSpec): Item[] {
  const indonesian = defaultContent.id[spec.name] as readonly Item[];
  const english = defaultContent.en[spec.name] as readonly Item[];
  return indonesian.map((item) => {
    const translation = english.find((candidate) => candidate['id'] === item['id']);
    const bilingual: Record<string, unknown> = { ...item };
    for (const field of spec.fields) {
      const text = item[field.key];
      if (!isBilingual(field.kind) || typeof text !== 'string') continue;
      const other = translation?.[field.key];
      bilingual[field.key] = typeof other === 'string' ? { id: text, en: other } : { id: text };
    }
    return bilingual;
  });
}

/** The article's FAQ, partners, principles and challenges, ready to edit. */
export function articleDraft(): Draft {
  return Object.fromEntries(SECTION_SPECS.map((spec) => [spec.name, articleSection(spec)]));
}

/** The four sections with no items: the widgets show the site owner's (empty) lists, not the article's. */
export function emptyDraft(): Draft {
  return Object.fromEntries(SECTION_SPECS.map((spec) => [spec.name, []]));
}
