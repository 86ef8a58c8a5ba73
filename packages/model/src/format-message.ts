/**
 * The one message format of the project: the model's problem messages, the elements' UI strings and the
 * CLI's output are all plain data in it, so any of them can be overridden or translated by a JSON file.
 *
 * - A message is text with `{name}` placeholders: `'{count} dari {total} prinsip terpenuhi'`.
 * - A counted message is an object of CLDR plural forms, `other` required: `{ one: '{count} partner shown',
 *   other: '{count} partners shown' }`. `Intl.PluralRules` of the locale picks the form for `count`.
 */

/** The plural forms of a counted message, by CLDR category; a language lists only those it uses. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A message: text, or plural forms of it. Plain JSON data, never a function. */
export type Message = string | PluralMessage;

/** What fills a message's placeholders. Numbers are written the locale's way (`20.000`, `20,000`). */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The placeholder names of a message text: `Placeholders<'{count} of {total}'>` is `'count' | 'total'`. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * `text` in `locale` (a BCP 47 tag such as `id` or `en`) with its `{name}` placeholders filled from
 * `values`, in one pass: a value that itself holds `{name}` stays text. A placeholder without a value is
 * left as written, so the mistake shows. For a message that is never plural; see {@link formatMessage}.
 */
export function fillPlaceholders(locale: string, text: string, values: MessageValues = {}): string {
  // `toLocaleString` writes a number the locale's way (`20.000`, `20,000`) and gives text back unchanged.
  return text.replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => values[name]?.toLocaleString(locale) ?? placeholder,
  );
}

/**
 * `message` in `locale` with its placeholders filled (see {@link fillPlaceholders}). A plural message first
 * picks its form for `values.count` with `Intl.PluralRules` (`other` when the language's form is not given).
 */
export function formatMessage(locale: string, message: Message, values: MessageValues = {}): string {
  return fillPlaceholders(
    locale,
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(locale).select(values.count as number)] ?? message.other),
    values,
  );
}
