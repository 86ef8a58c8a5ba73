/**
 * Every problem message the model can produce, in both locales. Messages are one sentence each and never
 * repeat the path (the path is shown beside them: `faq[2].answer: Must not be empty.`).
 *
 * Plain data in the project's one message format (`{name}` placeholders, see format-message.ts) rather than
 * one function per message: the tables ship in every widget that validates content, text compresses far
 * better than code, and a language pack can supply the same keys as JSON. The placeholders each message
 * takes are checked by the type of {@link say}; a test checks that both locales use the same ones.
 */
import type { Locale } from './locale.js';
import { escapeInvisible } from './escape-invisible.js';
import { fillPlaceholders, type Placeholders } from './format-message.js';

const id = {
  expected: 'Harus berupa {expected}, tetapi berisi {found}.',
  required: 'Wajib diisi, tetapi tidak ada.',
  unknownKey: 'Kolom {key} tidak dikenal; periksa ejaannya.',
  unknownSection: 'Bagian {section} tidak dikenal; bagian yang dikenal: {known}.',
  empty: 'Tidak boleh kosong.',
  tooLong: 'Terlalu panjang: paling banyak {max} karakter.',
  tooManyItems: 'Terlalu banyak butir: paling banyak {max}.',
  badId: "Bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung tunggal, misalnya 'visi-bersama'.",
  hiddenCharacter: 'Berisi karakter tak terlihat {character} di posisi {position}; hapus karakter itu.',
  stackedCharacter:
    'Karakter di posisi {position} bertumpuk {size} titik kode (paling banyak {max}); hapus sebagian tandanya.',
  oneOf: 'Harus salah satu dari: {options}.',
  unknownReference: 'Merujuk ke {target} {id}, yang tidak ada.',
  duplicateId: 'Id {id} ganda: sudah dipakai di {first}.',
  notAnObject: 'Dokumen harus berupa objek JSON, tetapi berisi {found}.',
  brokenJson: 'JSON rusak di baris {line}, kolom {column}: {reason}.',
  jsonUnexpected: '{found} tidak terduga di sini',
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
  expected: 'Expected {expected}, but got {found}.',
  required: 'Required, but missing.',
  unknownKey: 'Unknown field {key}; check the spelling.',
  unknownSection: 'Unknown section {section}; known sections: {known}.',
  empty: 'Must not be empty.',
  tooLong: 'Too long: at most {max} characters.',
  tooManyItems: 'Too many items: at most {max}.',
  badId: "Not a valid id: use lowercase letters, digits and single hyphens, such as 'visi-bersama'.",
  hiddenCharacter: 'Contains the invisible character {character} at position {position}; remove it.',
  stackedCharacter:
    'The character at position {position} stacks {size} code points (at most {max}); remove some marks.',
  oneOf: 'Must be one of: {options}.',
  unknownReference: 'Refers to {target} {id}, which does not exist.',
  duplicateId: 'Duplicate id {id}: already used at {first}.',
  notAnObject: 'The document must be a JSON object, but it is {found}.',
  brokenJson: 'Broken JSON at line {line}, column {column}: {reason}.',
  jsonUnexpected: 'unexpected {found}',
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

/** The values a message takes, by placeholder name; none for a message without placeholders. */
type ValuesOf<T extends string> = [Placeholders<T>] extends [never]
  ? []
  : [Record<Placeholders<T>, string | number>];

/**
 * The message `key` in `locale` (anything that is not `en`, including junk from untyped callers, gets
 * Indonesian), its placeholders filled with `values`. A number is written the language's way (`20.000`,
 * `20,000`); pass text (`'1234'`) where it must not be, such as a line number.
 */
export function say<K extends MessageKey>(
  locale: Locale | undefined,
  key: K,
  ...values: ValuesOf<(typeof id)[K]>
): string {
  const language = locale === 'en' ? 'en' : 'id';
  return fillPlaceholders(language, (language === 'en' ? en : id)[key], values[0]);
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

/** The shape of the problem messages: one text per key, the same keys in every locale. */
export type ProblemMessages = Readonly<Record<MessageKey, string>>;

/** For the parity test: every message key and its text in both locales. */
export const MESSAGE_TABLES: Readonly<Record<Locale, ProblemMessages>> = { id, en };
