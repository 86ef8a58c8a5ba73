/**
 * `ketahanan validate <file.json>`: checks a site owner's document exactly as the widgets will (the same
 * `parseContent`), and prints every problem as `path: message`.
 */
import type { Locale } from '../../locale.js';
import type { Message } from '../../format-message.js';
import { SECTION_NAMES } from '../../section-names.js';
import { EXIT_OK, type CliCommand } from '../command.js';
import { readContentFile } from '../content-file.js';
import { messagesIn } from '../messages.js';

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

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: '<file.json>',
  summary: {
    id: 'periksa dokumen konten JSON terhadap model (struktur, id, rujukan)',
    en: 'check a JSON content document against the model (structure, ids, references)',
  },
  async run({ positionals }, context) {
    const say = messagesIn(MESSAGES, context.locale);
    const [file, ...extra] = positionals;
    if (file === undefined) return context.usageError(say('missingFile'));
    if (extra.length > 0) return context.usageError(say('tooManyFiles'));

    const read = await readContentFile(file, context, context.out);
    if (typeof read === 'number') return read;
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
  },
};
