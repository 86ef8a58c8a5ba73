/**
 * The `ketahanan` dispatcher: reads the command line, picks the command, runs it, and turns anything
 * unexpected into one localized line. Never lets a stack trace reach the terminal.
 */
import { escapeInvisible } from '../escape-invisible.js';
import { resolveLocale, type Locale } from '../locale.js';
import { EXIT_FAILURE, EXIT_OK, type CliCommand, type CliContext } from './command.js';
import { COMMANDS } from './commands.js';
import { readCommandLine, type UsageProblem } from './arguments.js';
import { helpText } from './help.js';
import { CLI_MESSAGES, messagesIn } from './messages.js';

export interface CliEnvironment extends Omit<CliContext, 'locale' | 'usageError'> {
  /** The `LANG` environment variable, the fallback for `--lang`. */
  readonly lang: string | undefined;
}

const PROBLEM_MESSAGES = {
  'unknown-option': 'unknownOption',
  'missing-value': 'missingValue',
  'unexpected-value': 'unexpectedValue',
} as const satisfies Record<UsageProblem['kind'], string>;

/**
 * Runs one `ketahanan` invocation. `commands` defaults to the model's own; a package that depends on the
 * model (such as @ketahanan/cli, which adds `snippet`) passes a longer list.
 */
export async function runCli(
  argv: readonly string[],
  environment: CliEnvironment,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const line = readCommandLine(argv, commands);
  const locale: Locale = resolveLocale(line.lang ?? environment.lang);
  const say = messagesIn(CLI_MESSAGES, locale);
  // Every line goes through the one escape `validate` uses for document text, so no command can print a
  // document's escape sequences to a terminal; files (writeText) keep their bytes.
  const out = (line: string) => {
    environment.out(escapeInvisible(line));
  };
  const err = (line: string) => {
    environment.err(escapeInvisible(line));
  };
  const context: CliContext = {
    ...environment,
    out,
    err,
    locale,
    usageError: (text) => {
      err(`${text} ${say('seeHelp')}`);
      return EXIT_FAILURE;
    },
  };
  const { problem } = line;
  if (problem?.option === '--lang') return context.usageError(say('missingLang'));
  const command = commands.find((candidate) => candidate.name === line.command);
  if (line.help) {
    helpText(commands, locale, command).forEach(context.out);
    return EXIT_OK;
  }
  if (line.command === undefined) return context.usageError(say('missingCommand'));
  if (command === undefined) return context.usageError(say('unknownCommand', { name: line.command }));
  if (problem) return context.usageError(say(PROBLEM_MESSAGES[problem.kind], { option: problem.option }));
  try {
    return await command.run(line.input, context);
  } catch (error) {
    context.err(say('unexpected', { detail: error instanceof Error ? error.message : String(error) }));
    return EXIT_FAILURE;
  }
}
