#!/usr/bin/env node
/**
 * The `ketahanan` command (the package's `bin`). Everything lives in `cli/`; this file only wires Node's
 * process to the dispatcher, and sets the exit code instead of calling `process.exit()` so output is flushed.
 */
import { runCli } from './cli/main.js';
import { nodeEnvironment } from './cli/node-environment.js';

const environment = nodeEnvironment();
runCli(process.argv.slice(2), environment).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli already catches command failures; this is the final guard against a stack trace.
    environment.err(`ketahanan: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
