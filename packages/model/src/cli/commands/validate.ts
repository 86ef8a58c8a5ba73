/**
 * `ketahanan validate <file.json>`: checks a site owner's document exactly as the widgets will (the same
 * `parseContent`), and prints every problem as `path: message`.
 */
import { parseContent } from '../../parse.js';
import { parseJson } from '../../json.js';
import type { Locale } from '../../locale.js';
import type { SectionName } from '../../schema.js';
import { SECTION_NAMES } from '../../section-names.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, type CliCommand } from '../command.js';
import { cliMessages } from '../messages.js';

interface ValidateMessages {
  valid: (file: string, provided: readonly SectionName[], fromDefaults: number) => string;
  invalid: (file: string, count: number) => string;
  wholeDocument: string;
  missingFile: string;
  tooManyFiles: string;
  unknownOption: (option: string) => string;
}

const sectionCount = {
  id: (n: number) => `${n} bagian`,
  en: (n: number) => `${n} section${n === 1 ? '' : 's'}`,
};

const MESSAGES: Record<Locale, ValidateMessages> = {
  id: {
    valid: (file, provided, fromDefaults) =>
      provided.length === 0
        ? `${file} sah: tidak berisi bagian sendiri, semua ${sectionCount.id(fromDefaults)} dari konten bawaan.`
        : `${file} sah: ${sectionCount.id(provided.length)} (${provided.join(', ')}), ${sectionCount.id(fromDefaults)} lainnya dari konten bawaan.`,
    invalid: (file, count) => `${file} tidak sah: ${count} masalah.`,
    wholeDocument: '(dokumen)',
    missingFile: "Nama berkas belum diberikan, misalnya 'ketahanan validate konten.json'.",
    tooManyFiles: 'Berikan tepat satu berkas.',
    unknownOption: (option) => `Opsi '${option}' tidak dikenal.`,
  },
  en: {
    valid: (file, provided, fromDefaults) =>
      provided.length === 0
        ? `${file} is valid: it has no sections of its own; all ${sectionCount.en(fromDefaults)} come from the built-in content.`
        : `${file} is valid: ${sectionCount.en(provided.length)} (${provided.join(', ')}); the other ${sectionCount.en(fromDefaults)} come from the built-in content.`,
    invalid: (file, count) => `${file} is not valid: ${count} problem${count === 1 ? '' : 's'}.`,
    wholeDocument: '(document)',
    missingFile: "No file given, for example 'ketahanan validate content.json'.",
    tooManyFiles: 'Give exactly one file.',
    unknownOption: (option) => `Unknown option '${option}'.`,
  },
};

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: '<file.json>',
  summary: {
    id: 'periksa dokumen konten JSON terhadap model (struktur, id, rujukan)',
    en: 'check a JSON content document against the model (structure, ids, references)',
  },
  async run(args, context) {
    const messages = MESSAGES[context.locale];
    const usageError = (line: string): number => {
      context.err(`${line} ${cliMessages(context.locale).seeHelp}`);
      return EXIT_FAILURE;
    };
    // A lone '-' is a file name here, not an option.
    const option = args.find((arg) => arg.startsWith('-') && arg !== '-');
    if (option !== undefined) return usageError(messages.unknownOption(option));
    const [file, ...extra] = args;
    if (file === undefined) return usageError(messages.missingFile);
    if (extra.length > 0) return usageError(messages.tooManyFiles);

    const read = await context.readText(file);
    if (!read.ok) {
      context.err(cliMessages(context.locale).cannotRead(file, read.failure));
      return EXIT_FAILURE;
    }
    const json = parseJson(read.text, context.locale);
    if (!json.ok) {
      context.err(`${file}: ${json.problem.message}`);
      return EXIT_FAILURE;
    }
    const result = parseContent(json.value, { locale: context.locale });
    if (result.ok) {
      context.out(messages.valid(file, result.provided, SECTION_NAMES.length - result.provided.length));
      return EXIT_OK;
    }
    for (const problem of result.problems)
      context.out(`${problem.path || messages.wholeDocument}: ${problem.message}`);
    context.err(messages.invalid(file, result.problems.length));
    return EXIT_INVALID;
  },
};
