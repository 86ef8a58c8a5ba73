/**
 * The dispatcher's strings, and what every command shares (reading a content file, usage errors). Each
 * command keeps its own strings beside its code. All of them are plain data in the project's message
 * format (`{name}` placeholders, plural objects): see ../format-message.ts.
 */
import { formatMessage, type Message, type MessageValues } from '../format-message.js';
import type { Locale } from '../locale.js';
import { MAX_FILE_MEGABYTES, type ReadFailure, type WriteFailure } from './command.js';

export interface CliMessages {
  readonly usageTitle: string;
  readonly commandPlaceholder: string;
  readonly commandsTitle: string;
  readonly optionsTitle: string;
  readonly langOption: string;
  readonly helpOption: string;
  readonly missingCommand: string;
  /** `{name}`: what the user typed. */
  readonly unknownCommand: string;
  readonly missingLang: string;
  /** `{option}`: as typed, `--bogus`. */
  readonly unknownOption: string;
  /** `{option}`: a value option given no value. */
  readonly missingValue: string;
  /** `{option}`: a switch given a value (`--all=yes`). */
  readonly unexpectedValue: string;
  readonly seeHelp: string;
  /** `{detail}`: the error's own message. */
  readonly unexpected: string;
  /** `{path}` and `{reason}`, one of `readFailures`. */
  readonly cannotRead: string;
  readonly readFailures: Readonly<Record<ReadFailure['kind'], string>>;
  /** `{path}` and `{reason}`, one of `writeFailures`. */
  readonly cannotWrite: string;
  readonly writeFailures: Readonly<Record<WriteFailure['kind'], string>>;
  /** A content file with problems: `{file}`, `{count}`. */
  readonly invalid: Message;
  /** Stands for the path of a problem about the whole document. */
  readonly wholeDocument: string;
}

const id = {
  usageTitle: 'Cara pakai',
  commandPlaceholder: '<perintah>',
  commandsTitle: 'Perintah',
  optionsTitle: 'Opsi',
  langOption: 'bahasa pesan: id (bawaan, atau dari LANG) atau en',
  helpOption: 'tampilkan bantuan ini',
  missingCommand: 'Perintah belum diberikan.',
  unknownCommand: "Perintah '{name}' tidak dikenal.",
  missingLang: "Opsi --lang memerlukan nilai, misalnya '--lang en'.",
  unknownOption: "Opsi '{option}' tidak dikenal.",
  missingValue: 'Opsi {option} memerlukan nilai.',
  unexpectedValue: 'Opsi {option} tidak menerima nilai.',
  seeHelp: "Lihat 'ketahanan --help'.",
  unexpected: 'Terjadi kesalahan tak terduga: {detail}',
  cannotRead: "Tidak dapat membaca '{path}': {reason}.",
  readFailures: {
    missing: 'berkas tidak ada',
    folder: 'itu folder, bukan berkas',
    forbidden: 'tidak ada izin untuk membacanya',
    'too-large': 'berkas lebih besar dari {megabytes} MB',
    unreadable: 'berkas tidak dapat dibaca ({code})',
  },
  cannotWrite: "Tidak dapat menulis '{path}': {reason}.",
  writeFailures: {
    missing: 'foldernya tidak ada',
    folder: 'itu folder, bukan berkas',
    forbidden: 'tidak ada izin untuk menulisnya',
    unwritable: 'berkas tidak dapat ditulis ({code})',
  },
  invalid: { other: '{file} tidak sah: {count} masalah.' },
  wholeDocument: '(dokumen)',
} as const satisfies CliMessages;

const en = {
  usageTitle: 'Usage',
  commandPlaceholder: '<command>',
  commandsTitle: 'Commands',
  optionsTitle: 'Options',
  langOption: 'language of the messages: id (default, or taken from LANG) or en',
  helpOption: 'show this help',
  missingCommand: 'No command given.',
  unknownCommand: "Unknown command '{name}'.",
  missingLang: "The --lang option needs a value, such as '--lang en'.",
  unknownOption: "Unknown option '{option}'.",
  missingValue: 'The {option} option needs a value.',
  unexpectedValue: 'The {option} option takes no value.',
  seeHelp: "See 'ketahanan --help'.",
  unexpected: 'Something unexpected went wrong: {detail}',
  cannotRead: "Cannot read '{path}': {reason}.",
  readFailures: {
    missing: 'the file does not exist',
    folder: 'it is a folder, not a file',
    forbidden: 'permission denied',
    'too-large': 'the file is larger than {megabytes} MB',
    unreadable: 'the file could not be read ({code})',
  },
  cannotWrite: "Cannot write '{path}': {reason}.",
  writeFailures: {
    missing: 'its folder does not exist',
    folder: 'it is a folder, not a file',
    forbidden: 'permission denied',
    unwritable: 'the file could not be written ({code})',
  },
  invalid: { one: '{file} is not valid: {count} problem.', other: '{file} is not valid: {count} problems.' },
  wholeDocument: '(document)',
} as const satisfies CliMessages;

/** The dispatcher's strings in `locale`: the typed tables, for a command's own lookups and for tests. */
export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = { id, en };

export function cliMessages(locale: Locale): CliMessages {
  return CLI_MESSAGES[locale];
}

/** Messages whose value is text or plural forms, nested tables aside: what `say` can look up. */
type MessageKeys<T> = { [K in keyof T]: T[K] extends Message ? K : never }[keyof T];

/**
 * One locale's lookup in a command's message tables: `say('unknownCommand', { name })`. Every CLI string
 * goes through one of these, so its output is worded the same way as the widgets' (format-message.ts).
 */
export function messagesIn<T extends object>(
  tables: Readonly<Record<Locale, T>>,
  locale: Locale,
): (key: MessageKeys<T>, values?: MessageValues) => string {
  return (key, values) => formatMessage(locale, tables[locale][key] as Message, values);
}

/** Why `path` cannot be read, in one sentence of `locale`. */
export function cannotReadMessage(locale: Locale, path: string, failure: ReadFailure): string {
  const messages = CLI_MESSAGES[locale];
  const reason = formatMessage(locale, messages.readFailures[failure.kind], {
    code: failure.code,
    megabytes: MAX_FILE_MEGABYTES,
  });
  return formatMessage(locale, messages.cannotRead, { path, reason });
}

/** Why `path` cannot be written, in one sentence of `locale`. */
export function cannotWriteMessage(locale: Locale, path: string, failure: WriteFailure): string {
  const messages = CLI_MESSAGES[locale];
  const reason = formatMessage(locale, messages.writeFailures[failure.kind], { code: failure.code });
  return formatMessage(locale, messages.cannotWrite, { path, reason });
}
