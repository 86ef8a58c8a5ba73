/**
 * `@ketahanan/model/cli`: the `ketahanan` command's dispatcher and its `validate` command, for the package
 * that owns the executable (@ketahanan/cli) to extend with commands the model cannot know about.
 */
export { runCli, type CliEnvironment } from './main.js';
export { COMMANDS } from './commands.js';
export { createValidateCommand, validateCommand, type ValidateOptions } from './commands/validate.js';
export { checkContent, readContentFile, readJsonFile, type ContentFile } from './content-file.js';
export { nodeEnvironment } from './node-environment.js';
export {
  CLI_MESSAGES,
  cannotReadMessage,
  cannotWriteMessage,
  cliMessages,
  messagesIn,
  type CliMessages,
} from './messages.js';
export {
  EXIT_FAILURE,
  EXIT_INVALID,
  EXIT_OK,
  type CliCommand,
  type CliContext,
  type CliOption,
  type CommandInput,
  type ReadFailure,
  type WriteFailure,
} from './command.js';
/** A user's text inside a message: quoted, invisible characters shown as escapes, cut to one line. */
export { quote } from '../messages.js';
/** Control and invisible characters shown as `\uXXXX`: what every line printed to a terminal goes through. */
export { escapeInvisible } from '../escape-invisible.js';
