/** The dispatcher's own strings; each command keeps its strings beside its code. */
import type { Locale } from '../locale.js';
import { MAX_FILE_MEGABYTES, type ReadFailure } from './command.js';

export interface CliMessages {
  usageTitle: string;
  commandPlaceholder: string;
  commandsTitle: string;
  optionsTitle: string;
  langOption: string;
  helpOption: string;
  missingCommand: string;
  unknownCommand: (name: string) => string;
  missingLang: string;
  seeHelp: string;
  unexpected: (detail: string) => string;
  cannotRead: (path: string, failure: ReadFailure) => string;
}

const id: CliMessages = {
  usageTitle: 'Cara pakai',
  commandPlaceholder: '<perintah>',
  commandsTitle: 'Perintah',
  optionsTitle: 'Opsi',
  langOption: 'bahasa pesan: id (bawaan, atau dari LANG) atau en',
  helpOption: 'tampilkan bantuan ini',
  missingCommand: 'Perintah belum diberikan.',
  unknownCommand: (name) => `Perintah '${name}' tidak dikenal.`,
  missingLang: "Opsi --lang memerlukan nilai, misalnya '--lang en'.",
  seeHelp: "Lihat 'ketahanan --help'.",
  unexpected: (detail) => `Terjadi kesalahan tak terduga: ${detail}`,
  cannotRead: (path, failure) =>
    `Tidak dapat membaca '${path}': ${
      {
        missing: 'berkas tidak ada',
        folder: 'itu folder, bukan berkas',
        forbidden: 'tidak ada izin untuk membacanya',
        'too-large': `berkas lebih besar dari ${MAX_FILE_MEGABYTES} MB`,
        unreadable: `berkas tidak dapat dibaca (${failure.code})`,
      }[failure.kind]
    }.`,
};

const en: CliMessages = {
  usageTitle: 'Usage',
  commandPlaceholder: '<command>',
  commandsTitle: 'Commands',
  optionsTitle: 'Options',
  langOption: 'language of the messages: id (default, or taken from LANG) or en',
  helpOption: 'show this help',
  missingCommand: 'No command given.',
  unknownCommand: (name) => `Unknown command '${name}'.`,
  missingLang: "The --lang option needs a value, such as '--lang en'.",
  seeHelp: "See 'ketahanan --help'.",
  unexpected: (detail) => `Something unexpected went wrong: ${detail}`,
  cannotRead: (path, failure) =>
    `Cannot read '${path}': ${
      {
        missing: 'the file does not exist',
        folder: 'it is a folder, not a file',
        forbidden: 'permission denied',
        'too-large': `the file is larger than ${MAX_FILE_MEGABYTES} MB`,
        unreadable: `the file could not be read (${failure.code})`,
      }[failure.kind]
    }.`,
};

export function cliMessages(locale: Locale): CliMessages {
  return locale === 'en' ? en : id;
}
