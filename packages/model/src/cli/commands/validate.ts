/**
 * `ketahanan validate <file.json>`: checks a site owner's document exactly as the widgets will (the same
 * `parseContent`), and prints every problem as `path: message`.
 */
import type { Locale } from '../../locale.js';
import type { Message } from '../../format-message.js';
import { SECTION_NAMES } from '../../section-names.js';
import { EXIT_INVALID, EXIT_OK, type CliCommand, type CliContext, type CommandInput } from '../command.js';
import { checkContent, readJsonFile } from '../content-file.js';
import { CLI_MESSAGES, messagesIn } from '../messages.js';
import { reportMissingLanguages } from '../missing-languages.js';
import { reportAddressWarnings } from '../address-warnings.js';
import {
  checkLanguagePack,
  looksLikeLanguagePack,
  type MessageCatalogue,
} from '../../language-pack/check-language-pack.js';
import { sayPack } from '../../language-pack/language-pack-messages.js';

interface ValidateMessages {
  /** `{file}`, and `{sections}` (the file's own, as `sectionCount`) named in `{names}`; `{defaults}` the rest. */
  readonly valid: string;
  /** `{file}` supplies no section of its own; `{defaults}`: all of them, as `sectionCount`. */
  readonly validEmpty: string;
  /** `{count}` sections. */
  readonly sectionCount: Message;
  readonly missingFile: string;
  readonly tooManyFiles: string;
}

const MESSAGES: Readonly<Record<Locale, ValidateMessages>> = {
  id: {
    valid: '{file} sah: {sections} ({names}), {defaults} lainnya dari konten bawaan.',
    validEmpty: '{file} sah: tidak berisi bagian sendiri, semua {defaults} dari konten bawaan.',
    sectionCount: { other: '{count} bagian' },
    missingFile: "Nama berkas belum diberikan, misalnya 'ketahanan validate konten.json'.",
    tooManyFiles: 'Berikan tepat satu berkas.',
  },
  en: {
    valid: '{file} is valid: {sections} ({names}); the other {defaults} come from the built-in content.',
    validEmpty:
      '{file} is valid: it has no sections of its own; all {defaults} come from the built-in content.',
    sectionCount: { one: '{count} section', other: '{count} sections' },
    missingFile: "No file given, for example 'ketahanan validate content.json'.",
    tooManyFiles: 'Give exactly one file.',
  },
};

/** Says what is wrong with a language pack (exit 1), or that it is good (exit 0). */
function reportLanguagePack(
  file: string,
  document: unknown,
  uiStrings: MessageCatalogue,
  context: CliContext,
): number {
  const { problems, strings, lang } = checkLanguagePack(document, uiStrings, context.locale);
  const wholeDocument = messagesIn(CLI_MESSAGES, context.locale)('wholeDocument');
  for (const { path, message } of problems) context.out(`${path || wholeDocument}: ${message}`);
  if (problems.length > 0) {
    context.err(sayPack(context.locale, 'invalid', { file, count: problems.length }));
    return EXIT_INVALID;
  }
  context.out(sayPack(context.locale, 'valid', { file, lang: lang ?? '', count: strings }));
  return EXIT_OK;
}

export interface ValidateOptions {
  /**
   * The elements' built-in UI strings (one language's), for checking language packs: a document with
   * `lang` and `messages` is then checked as a pack. The model does not know them; @ketahanan/cli passes them.
   */
  readonly uiStrings?: MessageCatalogue;
}

/** `validate`, checking content documents, and language packs too when given `uiStrings`. */
export function createValidateCommand(options: ValidateOptions = {}): CliCommand {
  return {
    ...validateCommand,
    summary: options.uiStrings
      ? {
          id: 'periksa dokumen konten JSON (struktur, id, rujukan) atau paket bahasa (kunci, tempat isian, bentuk jamak)',
          en: 'check a JSON content document (structure, ids, references) or a language pack (keys, placeholders, plural forms)',
        }
      : validateCommand.summary,
    run: (input, context) => runValidate(input, context, options.uiStrings),
  };
}

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: '<file.json> [--require-languages]',
  summary: {
    id: 'periksa dokumen konten JSON terhadap model (struktur, id, rujukan)',
    en: 'check a JSON content document against the model (structure, ids, references)',
  },
  options: { 'require-languages': { type: 'boolean' } },
  run: (input, context) => runValidate(input, context),
};

async function runValidate(
  { positionals, values }: CommandInput,
  context: CliContext,
  uiStrings?: MessageCatalogue,
): Promise<number> {
  const say = messagesIn(MESSAGES, context.locale);
  const [file, ...extra] = positionals;
  if (file === undefined) return context.usageError(say('missingFile'));
  if (extra.length > 0) return context.usageError(say('tooManyFiles'));

  const json = await readJsonFile(file, context);
  if (typeof json === 'number') return json;
  if (uiStrings && looksLikeLanguagePack(json.value))
    return reportLanguagePack(file, json.value, uiStrings, context);
  const read = checkContent(file, json.value, context, context.out);
  if (typeof read === 'number') return read;
  if (read.provided.includes('partners')) reportAddressWarnings(read.content.partners, context);
  const missing = reportMissingLanguages(json.value, context, values['require-languages'] === true);
  if (missing > 0) {
    context.err(messagesIn(CLI_MESSAGES, context.locale)('invalid', { file, count: missing }));
    return EXIT_INVALID;
  }
  const own = read.provided.length;
  const defaults = say('sectionCount', { count: SECTION_NAMES.length - own });
  context.out(
    own === 0
      ? say('validEmpty', { file, defaults })
      : say('valid', {
          file,
          sections: say('sectionCount', { count: own }),
          names: read.provided.join(', '),
          defaults,
        }),
  );
  return EXIT_OK;
}
