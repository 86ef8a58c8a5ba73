/**
 * The one read–parse–validate–report path every command that takes a content file uses (`validate`,
 * `snippet --content`): the file is read, parsed as JSON and checked with the same `parseContent` the
 * widgets use, and anything wrong is said the same way.
 */
import { parseJson } from '../json.js';
import { parseContent } from '../parse.js';
import type { Content, SectionName } from '../schema.js';
import { EXIT_FAILURE, EXIT_INVALID, type CliContext } from './command.js';
import { CLI_MESSAGES, cannotReadMessage, messagesIn } from './messages.js';

export interface ContentFile {
  /** The document merged over the built-in content. */
  readonly content: Content;
  /** The sections the file itself supplies. */
  readonly provided: readonly SectionName[];
}

/**
 * The content document in `file`, or the exit code after saying why there is none: a file that cannot be
 * read or is not JSON gets one line on stderr (exit 2); an invalid document gets each problem as
 * `path: message` through `problem`, then a one-line summary on stderr (exit 1).
 */
export async function readContentFile(
  file: string,
  context: CliContext,
  problem: (line: string) => void,
): Promise<ContentFile | number> {
  const json = await readJsonFile(file, context);
  return typeof json === 'number' ? json : checkContent(file, json.value, context, problem);
}

/** The JSON value in `file`, or {@link EXIT_FAILURE} after one line on stderr saying why there is none. */
export async function readJsonFile(file: string, context: CliContext): Promise<{ value: unknown } | number> {
  const read = await context.readText(file);
  if (!read.ok) {
    context.err(cannotReadMessage(context.locale, file, read.failure));
    return EXIT_FAILURE;
  }
  const json = parseJson(read.text, context.locale);
  if (!json.ok) {
    context.err(`${file}: ${json.problem.message}`);
    return EXIT_FAILURE;
  }
  return { value: json.value };
}

/** {@link readContentFile} for a document already read: the content, or {@link EXIT_INVALID} after its problems. */
export function checkContent(
  file: string,
  document: unknown,
  context: CliContext,
  problem: (line: string) => void,
): ContentFile | number {
  const result = parseContent(document, { locale: context.locale });
  if (result.ok) return { content: result.content, provided: result.provided };
  const say = messagesIn(CLI_MESSAGES, context.locale);
  for (const { path, message } of result.problems) problem(`${path || say('wholeDocument')}: ${message}`);
  context.err(say('invalid', { file, count: result.problems.length }));
  return EXIT_INVALID;
}
