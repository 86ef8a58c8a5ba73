/**
 * Reads a `ketahanan` command line with `node:util` parseArgs: the global options (`--lang <tag>`,
 * `--help`/`-h`) wherever they appear, so `ketahanan validate x.json --lang en` and `ketahanan --lang en
 * validate x.json` agree; the command name (the first positional); and that command's own options. What
 * parseArgs would reject comes back as a usage problem to word in the user's language, never as an
 * exception: an option nobody declares, a value option without its value, a switch given one.
 */
import { parseArgs } from 'node:util';
import type { CliCommand, CliOption, CommandInput } from './command.js';

const GLOBAL_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface UsageProblem {
  readonly kind: 'unknown-option' | 'missing-value' | 'unexpected-value';
  /** As the user typed it: `--bogus`, `-x`. */
  readonly option: string;
}

export interface CommandLine {
  /** The raw `--lang` value, when given. */
  readonly lang: string | undefined;
  readonly help: boolean;
  /** The first positional, when there is one. */
  readonly command: string | undefined;
  /** What follows for the command: its positionals and its own options. */
  readonly input: CommandInput;
  /** The first thing wrong with the options, if any. */
  readonly problem: UsageProblem | undefined;
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

/**
 * parseArgs' tokens for `args`. A value option followed by another option (`--src --all`) would take that
 * option as its value: it gets no value instead, and the option after it is read on its own.
 */
function tokensOf(args: readonly string[], options: Readonly<Record<string, CliOption>>): Token[] {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const taken = tokens.findIndex(
    (token) => token.kind === 'option' && !token.inlineValue && token.value?.startsWith('-') === true,
  );
  if (taken < 0) return tokens;
  const token = tokens[taken] as Token & { kind: 'option' };
  return [
    ...tokens.slice(0, taken),
    { ...token, value: undefined, inlineValue: undefined },
    ...tokensOf(args.slice(token.index + 1), options),
  ];
}

export function readCommandLine(argv: readonly string[], commands: readonly CliCommand[]): CommandLine {
  // Every command's options are declared, so a value option's value is never taken for the command name;
  // which of them the named command accepts is checked below. `strict: false` leaves the checking to us.
  const declared: Record<string, CliOption> = {};
  for (const command of commands) Object.assign(declared, command.options);
  const tokens = tokensOf(argv, { ...declared, ...GLOBAL_OPTIONS });
  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  const [command, ...rest] = positionals;
  const accepted = commands.find((candidate) => candidate.name === command)?.options ?? {};
  const values: Record<string, string | true> = {};
  let lang: string | undefined;
  let help = false;
  let problem: UsageProblem | undefined;
  const report = (kind: UsageProblem['kind'], option: string) => {
    // `--lang` without a value has its own message, whatever else is wrong.
    if (!problem || option === '--lang') problem = { kind, option };
  };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option: CliOption | undefined =
      token.name in GLOBAL_OPTIONS
        ? GLOBAL_OPTIONS[token.name as keyof typeof GLOBAL_OPTIONS]
        : accepted[token.name];
    const { value } = token;
    if (!option) report('unknown-option', token.rawName);
    else if (option.type === 'boolean' && token.inlineValue) report('unexpected-value', token.rawName);
    else if (option.type === 'string' && !value) report('missing-value', token.rawName);
    else if (token.name === 'help') help = true;
    else if (token.name === 'lang') lang = value;
    else values[token.name] = value ?? true;
  }
  return { lang, help, command, input: { positionals: rest, values }, problem };
}
