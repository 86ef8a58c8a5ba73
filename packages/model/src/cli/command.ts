/**
 * What every `ketahanan` subcommand is: a name, a usage line, a localized one-line summary for `--help`,
 * the options it takes, and a `run` that returns the exit code. Commands never touch `process` themselves;
 * they write through the context, so tests can run them in-process and `cli.ts` stays the only place that
 * knows about Node.
 */
import type { Locale } from '../locale.js';

export const EXIT_OK = 0;
/** The input was read and is wrong (an invalid document). */
export const EXIT_INVALID = 1;
/** We could not even look at the input: bad usage, a missing or unreadable file, broken JSON. */
export const EXIT_FAILURE = 2;

/** Content documents are small; a bigger file is a mistake (a log file, a database dump). */
export const MAX_FILE_MEGABYTES = 10;

export interface ReadFailure {
  readonly kind: 'missing' | 'folder' | 'forbidden' | 'too-large' | 'unreadable';
  /** The system's error code (`ENOENT`, `EIO`, …), shown only for the unusual `unreadable` case. */
  readonly code: string;
}

/** Why a file could not be written: its folder is missing, it is a folder, no permission, or else. */
export interface WriteFailure {
  readonly kind: 'missing' | 'folder' | 'forbidden' | 'unwritable';
  /** The system's error code, shown only for the unusual `unwritable` case. */
  readonly code: string;
}

export interface CliContext {
  readonly locale: Locale;
  /**
   * Writes one line to standard output. In a command's context, control and invisible characters in it
   * are shown as `\uXXXX` escapes (the dispatcher's doing): a line may carry a document's text, and a
   * terminal would act on an escape sequence in it (set the clipboard, hide text).
   */
  readonly out: (line: string) => void;
  /** Writes one line to standard error, escaped like {@link out}. */
  readonly err: (line: string) => void;
  /** Writes a UTF-8 text file exactly as given (no escaping: it is not a terminal), or says why it cannot. */
  readonly writeText: (
    path: string,
    text: string,
  ) => Promise<{ ok: true } | { ok: false; failure: WriteFailure }>;
  /** Reads a UTF-8 text file, or says why it cannot (the command words the reason in `locale`). */
  readonly readText: (
    path: string,
  ) => Promise<{ ok: true; text: string } | { ok: false; failure: ReadFailure }>;
  /** Says on stderr what is wrong with the command line, pointing to `--help`; returns {@link EXIT_FAILURE}. */
  readonly usageError: (line: string) => number;
}

/** One option of a command, as `node:util` parseArgs declares it: `--src <value>` or the switch `--all`. */
export interface CliOption {
  readonly type: 'string' | 'boolean';
}

/** What the command line gave a command, once the dispatcher has read it (see arguments.ts). */
export interface CommandInput {
  /** The arguments after the command name that are not options, in order. */
  readonly positionals: readonly string[];
  /** The command's own options that were given: text for a value option, `true` for a switch. */
  readonly values: Readonly<Record<string, string | true | undefined>>;
}

export interface CliCommand {
  readonly name: string;
  /** Arguments after the command name, as shown in help: `<file.json>`. */
  readonly usage: string;
  readonly summary: Readonly<Record<Locale, string>>;
  /** The command's own options by name (`src` for `--src`); any other option is a usage error. */
  readonly options?: Readonly<Record<string, CliOption>>;
  run(input: CommandInput, context: CliContext): Promise<number>;
}
