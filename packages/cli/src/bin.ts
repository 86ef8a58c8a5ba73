/**
 * The `ketahanan` command, as loaded by the committed executable `bin/ketahanan.js`. It lives in its own package because it needs both the model (the dispatcher and
 * `validate`) and the elements (`snippet`, and their built integrity.json), and the model must never depend
 * on the elements. This file only wires Node to the model's dispatcher.
 */
import { fileURLToPath } from 'node:url';
import { COMMANDS, createValidateCommand, nodeEnvironment, runCli } from '@ketahanan/model/cli';
import { messagesFor } from '@ketahanan/elements/messages';
import { createSnippetCommand } from './commands/snippet.js';
import { importCsvCommand } from './commands/import-csv.js';

// Through the package's public export, so it is the integrity.json of the @ketahanan/elements installed beside us.
const integrityFile = fileURLToPath(import.meta.resolve('@ketahanan/elements/cdn/integrity.json'));

const environment = nodeEnvironment();
// `validate` also checks language packs, against the elements' own strings (the model does not know them).
const validate = createValidateCommand({ uiStrings: messagesFor('id') });
const commands = [...COMMANDS.map((command) => (command.name === validate.name ? validate : command))];
runCli(process.argv.slice(2), environment, [
  ...commands,
  createSnippetCommand({ integrityFile }),
  importCsvCommand,
]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli already catches command failures; this is the final guard against a stack trace.
    environment.err(`ketahanan: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
