/**
 * `validate` on a bilingual content file: the text fields given in one language only (see
 * ../localized-text.ts). They are valid, since the other language's pages show the text that is there, so
 * they are warnings; `--require-languages` makes them problems for a site that must publish both.
 */
import { fieldsMissingALanguage } from '../localized-text.js';
import type { Locale } from '../locale.js';
import type { CliContext } from './command.js';
import { messagesIn } from './messages.js';

interface MissingLanguageMessages {
  /** `{path}`, `{missing}` and `{shown}`: language names. */
  readonly warning: string;
  readonly problem: string;
  readonly id: string;
  readonly en: string;
}

const MESSAGES: Readonly<Record<Locale, MissingLanguageMessages>> = {
  id: {
    warning:
      'peringatan KL501: {path}: tidak ada teks {missing}; halaman {missing} menampilkan teks {shown}.',
    problem: '{path}: tidak ada teks {missing} (--require-languages).',
    id: 'bahasa Indonesia',
    en: 'bahasa Inggris',
  },
  en: {
    warning: 'warning KL501: {path}: no {missing} text; {missing} pages show the {shown} text.',
    problem: '{path}: no {missing} text (--require-languages).',
    id: 'Indonesian',
    en: 'English',
  },
};

/**
 * Says each text field of `document` that lacks a language, as a warning, or as a problem when
 * `required`; returns how many problems it said (0 for warnings).
 */
export function reportMissingLanguages(document: unknown, context: CliContext, required: boolean): number {
  const say = messagesIn(MESSAGES, context.locale);
  const fields = fieldsMissingALanguage(document);
  for (const { path, missing } of fields) {
    const [lacking] = missing as [Locale];
    const values = { path, missing: say(lacking), shown: say(lacking === 'id' ? 'en' : 'id') };
    if (required) context.out(say('problem', values));
    else context.err(say('warning', values));
  }
  return required ? fields.length : 0;
}
