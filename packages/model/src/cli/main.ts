/**
 * The `ketahanan` dispatcher: reads the global options, picks the command, runs it, and turns anything
 * unexpected into one localized line. Never lets a stack trace reach the terminal.
 */
import { resolveLocale, type Locale } from '../locale.js';
import { EXIT_FAILURE, EXIT_OK, type CliCommand, type CliContext } from './command.js';
import { COMMANDS } from './commands.js';
import { splitGlobalArguments } from './arguments.js';
import { helpText } from './help.js';
import { cliMessages } from './messages.js';

export interface CliEnvironment extends Omit<CliContext, 'locale'> {
  /** The `LANG` environment variable, the fallback for `--lang`. */
  readonly lang: string | undefined;
}

/**
 * Runs one `ketahanan` invocation. `commands` defaults to the model's own; a package that depends on the
 * model (such as @ketahanan/cli, which adds `snippet`) passes a longer list.
 */
export async function runCli(
  argv: readonly string[],
  environment: CliEnvironment,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const options = splitGlobalArguments(argv);
  const locale: Locale = resolveLocale(options.lang ?? environment.lang);
  const messages = cliMessages(locale);
  const context: CliContext = { ...environment, locale };
  const usageError = (line: string): number => {
    context.err(`${line} ${messages.seeHelp}`);
    return EXIT_FAILURE;
  };
  if (options.langMissing) return usageError(messages.missingLang);
  const [name, ...args] = options.rest;
  const command = commands.find((candidate) => candidate.name === name);
  if (options.help) {
    helpText(commands, locale, command).forEach(context.out);
    return EXIT_OK;
  }
  if (name === undefined) return usageError(messages.missingCommand);
  if (command === undefined) return usageError(messages.unknownCommand(name));
  try {
    return await command.run(args, context);
  } catch (error) {
    context.err(messages.unexpected(error instanceof Error ? error.message : String(error)));
    return EXIT_FAILURE;
  }
}
