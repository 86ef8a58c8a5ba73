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

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of `message` for `count` in `locale`; `other` when the language's form is not given. */
function pluralForm(locale: string, message: PluralMessage, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/**
 * `message` in `locale` (a BCP 47 tag such as `id` or `en`) with its `{name}` placeholders filled from
 * `values`, in one pass: a value that itself holds `{name}` stays text. A plural message first picks its
 * form for `values.count`. A placeholder without a value is left as written, so the mistake shows.
 */
export function formatMessage(locale: string, message: Message, values: MessageValues = {}): string {
  const text = typeof message === 'string' ? message : pluralForm(locale, message, Number(values.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}
