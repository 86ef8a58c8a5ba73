/**
 * A text field as two inputs, Bahasa Indonesia and English, and back. The model lets any text be a plain
 * string or `{ "id": …, "en": … }` (one language may be left out; the page then shows the other). A plain
 * string of an imported single-language file is shown as the Indonesian text, the model's source language.
 */
import type { Locale } from '@ketahanan/model';

export type Texts = Readonly<Record<Locale, string>>;

export function textsOf(value: unknown): Texts {
  if (typeof value === 'string') return { id: value, en: '' };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const texts = value as Record<string, unknown>;
    return {
      id: typeof texts['id'] === 'string' ? texts['id'] : '',
      en: typeof texts['en'] === 'string' ? texts['en'] : '',
    };
  }
  return { id: '', en: '' };
}

/**
 * The field's value in the document. Both empty: `''` for a required field, so that the model says it must
 * not be empty, and nothing for an optional one. One empty: only the other language, which the model then
 * shows on pages of both languages (and `ketahanan validate` lists as missing a language).
 */
export function textValue(texts: Texts, required: boolean): unknown {
  if (texts.id === '' && texts.en === '') return required ? '' : undefined;
  if (texts.en === '') return { id: texts.id };
  if (texts.id === '') return { en: texts.en };
  return { id: texts.id, en: texts.en };
}
