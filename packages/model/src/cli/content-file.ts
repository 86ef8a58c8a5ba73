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
  const result = parseContent(json.value, { locale: context.locale });
  if (result.ok) return { content: result.content, provided: result.provided };
  const say = messagesIn(CLI_MESSAGES, context.locale);
  for (const { path, message } of result.problems) problem(`${path || say('wholeDocument')}: ${message}`);
  context.err(say('invalid', { file, count: result.problems.length }));
  return EXIT_INVALID;
}
