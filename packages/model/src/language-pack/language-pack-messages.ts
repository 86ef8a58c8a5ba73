/**
 * What `checkLanguagePack` says, in both locales: one sentence each, never repeating the path (shown beside
 * it). Its own table, not the content problems' one in ../messages.ts, because those ship in every widget
 * and these only in the CLI.
 */
import { formatMessage, type Message, type MessageValues } from '../format-message.js';
import type { Locale } from '../locale.js';

const id = {
  notAPack: 'Paket bahasa harus berupa objek dengan "lang" dan "messages".',
  badLang: 'Harus berupa tag bahasa BCP 47, misalnya "jv" atau "en-AU".',
  unknownField: 'Kolom {key} tidak dikenal; kolom paket: $schema, lang, fallback, name, messages.',
  missing: 'Teks ini belum ada; tanpa teks ini dipakai teks dari {fallback}.',
  unknownKey: 'Kunci {key} tidak dikenal; periksa ejaannya.',
  expectedGroup: 'Harus berupa objek berisi teks.',
  expectedText: 'Harus berupa teks.',
  expectedPlural: 'Harus berupa teks atau bentuk jamak seperti {"other": "…"}.',
  unknownPlaceholder: 'Tempat isian {placeholder} tidak dikenal; yang tersedia: {known}.',
  unneededForm: 'Bentuk jamak {form} tidak dipakai dalam bahasa {lang}; yang dipakai: {forms}.',
  missingForm: 'Bentuk jamak {form} dibutuhkan dalam bahasa {lang}.',
  valid: { other: '{file} sah: paket bahasa {lang} dengan {count} teks.' },
  invalid: { other: '{file}: {count} masalah dalam paket bahasa.' },
  none: 'tidak ada',
} as const satisfies Record<string, Message>;

const en: Record<keyof typeof id, Message> = {
  notAPack: 'A language pack must be an object with "lang" and "messages".',
  badLang: 'Must be a BCP 47 language tag, such as "jv" or "en-AU".',
  unknownField: 'Unknown field {key}; a pack has: $schema, lang, fallback, name, messages.',
  missing: 'This string is missing; the one from {fallback} is shown instead.',
  unknownKey: 'Unknown key {key}; check the spelling.',
  expectedGroup: 'Must be an object of strings.',
  expectedText: 'Must be text.',
  expectedPlural: 'Must be text or plural forms such as {"other": "…"}.',
  unknownPlaceholder: 'Unknown placeholder {placeholder}; available: {known}.',
  unneededForm: 'The plural form {form} is not used in {lang}; it uses: {forms}.',
  missingForm: 'The plural form {form} is needed in {lang}.',
  valid: {
    one: '{file} is valid: a {lang} language pack with {count} string.',
    other: '{file} is valid: a {lang} language pack with {count} strings.',
  },
  invalid: {
    one: '{file}: {count} problem in the language pack.',
    other: '{file}: {count} problems in the language pack.',
  },
  none: 'none',
};

export type PackMessageKey = keyof typeof id;

/** The pack checker's message `key` in `locale`, its placeholders filled. */
export function sayPack(locale: Locale, key: PackMessageKey, values?: MessageValues): string {
  return formatMessage(locale, (locale === 'en' ? en : id)[key], values);
}
