/**
 * The registry of `ketahanan` subcommands. To add one, write `commands/<name>.ts` exporting a
 * {@link CliCommand} and list it here; `--help` and dispatch pick it up.
 */
import type { CliCommand } from './command.js';
import { validateCommand } from './commands/validate.js';

export const COMMANDS: readonly CliCommand[] = [validateCommand];
