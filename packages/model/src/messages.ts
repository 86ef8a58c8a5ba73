/**
 * Every problem message the model can produce, in both locales. Messages are one sentence each and never
 * repeat the path (the path is shown beside them: `faq[2].answer: Must not be empty.`).
 */
import type { Locale } from './locale.js';
import { escapeInvisible } from './escape-invisible.js';

/** What a value is, in words a site owner understands ("a list", not "Array"). */
export type ValueKind = 'text' | 'number' | 'boolean' | 'null' | 'list' | 'object' | 'other';
/** The sections a cross-reference can point into. */
export type ReferenceTarget = 'sector' | 'partner' | 'principle' | 'challenge';

export interface Messages {
  expected(expected: ValueKind, received: ValueKind): string;
  required(): string;
  unknownKey(key: string): string;
  unknownSection(key: string, known: readonly string[]): string;
  empty(): string;
  tooLong(max: number): string;
  tooManyItems(max: number): string;
  badId(): string;
  oneOf(options: readonly string[]): string;
  unknownReference(target: ReferenceTarget, id: string): string;
  duplicateId(id: string, firstPath: string): string;
  notAnObject(received: ValueKind): string;
  brokenJson(line: number, column: number, found: string | null): string;
  invalid(): string;
  unexpected(): string;
}

/** A user string inside a message: escaped where invisible, and cut so a message stays one readable line. */
function quote(text: string): string {
  return `'${escapeInvisible(text.length > 60 ? `${text.slice(0, 57)}…` : text)}'`;
}

const KINDS_ID: Record<ValueKind, string> = {
  text: 'teks',
  number: 'angka',
  boolean: 'nilai benar/salah',
  null: 'null',
  list: 'daftar',
  object: 'objek',
  other: 'nilai lain',
};
const KINDS_EN: Record<ValueKind, string> = {
  text: 'text',
  number: 'a number',
  boolean: 'true/false',
  null: 'null',
  list: 'a list',
  object: 'an object',
  other: 'another value',
};
const TARGETS_ID: Record<ReferenceTarget, string> = {
  sector: 'sektor',
  partner: 'mitra',
  principle: 'prinsip',
  challenge: 'tantangan',
};

const id: Messages = {
  expected: (expected, received) =>
    `Harus berupa ${KINDS_ID[expected]}, tetapi berisi ${KINDS_ID[received]}.`,
  required: () => 'Wajib diisi, tetapi tidak ada.',
  unknownKey: (key) => `Kolom ${quote(key)} tidak dikenal; periksa ejaannya.`,
  unknownSection: (key, known) =>
    `Bagian ${quote(key)} tidak dikenal; bagian yang dikenal: ${known.join(', ')}.`,
  empty: () => 'Tidak boleh kosong.',
  tooLong: (max) => `Terlalu panjang: paling banyak ${max.toLocaleString('id')} karakter.`,
  tooManyItems: (max) => `Terlalu banyak butir: paling banyak ${max.toLocaleString('id')}.`,
  badId: () =>
    "Bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung tunggal, misalnya 'visi-bersama'.",
  oneOf: (options) => `Harus salah satu dari: ${options.join(', ')}.`,
  unknownReference: (target, ref) => `Merujuk ke ${TARGETS_ID[target]} ${quote(ref)}, yang tidak ada.`,
  duplicateId: (dup, firstPath) => `Id ${quote(dup)} ganda: sudah dipakai di ${firstPath}.`,
  notAnObject: (received) => `Dokumen harus berupa objek JSON, tetapi berisi ${KINDS_ID[received]}.`,
  brokenJson: (line, column, found) =>
    `JSON rusak di baris ${line}, kolom ${column}: ${
      found === null ? 'teks berakhir sebelum waktunya' : `${quote(found)} tidak terduga di sini`
    }.`,
  invalid: () => 'Nilai ini tidak sah.',
  unexpected: () => 'Dokumen tidak dapat diperiksa.',
};

const en: Messages = {
  expected: (expected, received) => `Expected ${KINDS_EN[expected]}, but got ${KINDS_EN[received]}.`,
  required: () => 'Required, but missing.',
  unknownKey: (key) => `Unknown field ${quote(key)}; check the spelling.`,
  unknownSection: (key, known) => `Unknown section ${quote(key)}; known sections: ${known.join(', ')}.`,
  empty: () => 'Must not be empty.',
  tooLong: (max) => `Too long: at most ${max.toLocaleString('en')} characters.`,
  tooManyItems: (max) => `Too many items: at most ${max.toLocaleString('en')}.`,
  badId: () => "Not a valid id: use lowercase letters, digits and single hyphens, such as 'visi-bersama'.",
  oneOf: (options) => `Must be one of: ${options.join(', ')}.`,
  unknownReference: (target, ref) => `Refers to ${target} ${quote(ref)}, which does not exist.`,
  duplicateId: (dup, firstPath) => `Duplicate id ${quote(dup)}: already used at ${firstPath}.`,
  notAnObject: (received) => `The document must be a JSON object, but it is ${KINDS_EN[received]}.`,
  brokenJson: (line, column, found) =>
    `Broken JSON at line ${line}, column ${column}: ${
      found === null ? 'the text ends too early' : `unexpected ${quote(found)}`
    }.`,
  invalid: () => 'This value is not valid.',
  unexpected: () => 'The document could not be checked.',
};

const MESSAGES: Readonly<Record<Locale, Messages>> = { id, en };

/** The catalogue of `locale`; anything that is not `en` (including junk from untyped callers) gets Indonesian. */
export function messagesFor(locale: Locale | undefined): Messages {
  return locale === 'en' ? MESSAGES.en : MESSAGES.id;
}

export function valueKind(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'other';
  }
}
