/**
 * Every problem message the model can produce, in both locales. Messages are one sentence each and never
 * repeat the path (the path is shown beside them: `faq[2].answer: Must not be empty.`).
 *
 * Plain string tables with numbered slots rather than one function per message: the tables ship in every
 * widget that validates content, and text compresses far better than code. The slot count of each message
 * is checked by the type of {@link say}, and a test checks that both locales fill the same slots.
 */
import type { Locale } from './locale.js';
import { escapeInvisible } from './escape-invisible.js';

const id = {
  expected: 'Harus berupa {0}, tetapi berisi {1}.',
  required: 'Wajib diisi, tetapi tidak ada.',
  unknownKey: 'Kolom {0} tidak dikenal; periksa ejaannya.',
  unknownSection: 'Bagian {0} tidak dikenal; bagian yang dikenal: {1}.',
  empty: 'Tidak boleh kosong.',
  tooLong: 'Terlalu panjang: paling banyak {0} karakter.',
  tooManyItems: 'Terlalu banyak butir: paling banyak {0}.',
  badId: "Bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung tunggal, misalnya 'visi-bersama'.",
  hiddenCharacter: 'Berisi karakter tak terlihat {0} di posisi {1}; hapus karakter itu.',
  oneOf: 'Harus salah satu dari: {0}.',
  unknownReference: 'Merujuk ke {0} {1}, yang tidak ada.',
  duplicateId: 'Id {0} ganda: sudah dipakai di {1}.',
  notAnObject: 'Dokumen harus berupa objek JSON, tetapi berisi {0}.',
  brokenJson: 'JSON rusak di baris {0}, kolom {1}: {2}.',
  jsonUnexpected: '{0} tidak terduga di sini',
  jsonEnded: 'teks berakhir sebelum waktunya',
  invalid: 'Nilai ini tidak sah.',
  unexpected: 'Dokumen tidak dapat diperiksa.',
  // What a value is, in words a site owner understands ("a list", not "Array"): see ValueKind.
  text: 'teks',
  number: 'angka',
  boolean: 'nilai benar/salah',
  null: 'null',
  list: 'daftar',
  object: 'objek',
  other: 'nilai lain',
  // The sections a cross-reference points into: see ReferenceTarget.
  sector: 'sektor',
  partner: 'mitra',
  principle: 'prinsip',
  challenge: 'tantangan',
} as const;

type MessageKey = keyof typeof id;

const en = {
  expected: 'Expected {0}, but got {1}.',
  required: 'Required, but missing.',
  unknownKey: 'Unknown field {0}; check the spelling.',
  unknownSection: 'Unknown section {0}; known sections: {1}.',
  empty: 'Must not be empty.',
  tooLong: 'Too long: at most {0} characters.',
  tooManyItems: 'Too many items: at most {0}.',
  badId: "Not a valid id: use lowercase letters, digits and single hyphens, such as 'visi-bersama'.",
  hiddenCharacter: 'Contains the invisible character {0} at position {1}; remove it.',
  oneOf: 'Must be one of: {0}.',
  unknownReference: 'Refers to {0} {1}, which does not exist.',
  duplicateId: 'Duplicate id {0}: already used at {1}.',
  notAnObject: 'The document must be a JSON object, but it is {0}.',
  brokenJson: 'Broken JSON at line {0}, column {1}: {2}.',
  jsonUnexpected: 'unexpected {0}',
  jsonEnded: 'the text ends too early',
  invalid: 'This value is not valid.',
  unexpected: 'The document could not be checked.',
  text: 'text',
  number: 'a number',
  boolean: 'true/false',
  null: 'null',
  list: 'a list',
  object: 'an object',
  other: 'another value',
  sector: 'sector',
  partner: 'partner',
  principle: 'principle',
  challenge: 'challenge',
} as const satisfies Record<MessageKey, string>;

/** What a value is, in words a site owner understands ("a list", not "Array"). */
export type ValueKind = 'text' | 'number' | 'boolean' | 'null' | 'list' | 'object' | 'other';
/** The sections a cross-reference can point into. */
export type ReferenceTarget = 'sector' | 'partner' | 'principle' | 'challenge';

/** One value per `{n}` slot of a message: `'Id {0} ganda: sudah dipakai di {1}.'` takes two. */
type Slots<T extends string> = T extends `${string}{${number}}${infer Rest}` ? [string, ...Slots<Rest>] : [];

/**
 * The message `key` in `locale` (anything that is not `en`, including junk from untyped callers, gets
 * Indonesian), its `{0}`, `{1}`… slots filled with `values` in one pass, so a value holding `{1}` stays text.
 */
export function say<K extends MessageKey>(
  locale: Locale | undefined,
  key: K,
  ...values: Slots<(typeof id)[K]>
): string {
  const table: Record<MessageKey, string> = locale === 'en' ? en : id;
  return table[key].replace(/\{(\d)\}/g, (_slot, index: string) => values[Number(index)] ?? '');
}

/** A number in the message language's digits grouping (`20.000` in Indonesian, `20,000` in English). */
export function count(locale: Locale | undefined, value: number): string {
  return value.toLocaleString(locale === 'en' ? 'en' : 'id');
}

/** A user string inside a message: escaped where invisible, and cut so a message stays one readable line. */
export function quote(text: string): string {
  return `'${escapeInvisible(text.length > 60 ? `${text.slice(0, 57)}…` : text)}'`;
}

const KINDS_OF_TYPES: Readonly<Partial<Record<string, ValueKind>>> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
};

export function valueKind(value: unknown): ValueKind {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'list' : (KINDS_OF_TYPES[typeof value] ?? 'other');
}

/** For the parity test: every message key and its text in both locales. */
export const MESSAGE_TABLES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { id, en };
