/** The options of the sector, challenge and principle selects, named in the author's language. */
import { defaultContent, type Locale } from '@ketahanan/model';
import { readAt, type Draft } from '../draft/draft.js';
import { textsOf } from '../draft/bilingual-text.js';
import type { Choice } from './editor-context.js';

/** The items of `section`: the draft's own list where it has one, else the article's. */
function itemsOf(draft: Draft, section: 'sectors' | 'challenges' | 'principles', locale: Locale): unknown[] {
  const own = readAt(draft, [section]);
  return Array.isArray(own) ? own : [...defaultContent[locale][section]];
}

/** Each item with a string id, named by its `nameKey` text in `locale` (else the other language, else the id). */
export function choicesOf(
  draft: Draft,
  section: 'sectors' | 'challenges' | 'principles',
  nameKey: 'name' | 'title',
  locale: Locale,
): Choice[] {
  const choices: Choice[] = [];
  for (const item of itemsOf(draft, section, locale)) {
    const id = readAt(item, ['id']);
    if (typeof id !== 'string' || id === '') continue;
    const texts = textsOf(readAt(item, [nameKey]));
    choices.push({ id, name: texts[locale] || texts[locale === 'id' ? 'en' : 'id'] || id });
  }
  return choices;
}
