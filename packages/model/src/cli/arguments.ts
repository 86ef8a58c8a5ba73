/**
 * Splits the global options (`--lang <tag>`, `--lang=<tag>`, `--help`, `-h`) from everything else, wherever
 * they appear, so `ketahanan validate x.json --lang en` and `ketahanan --lang en validate x.json` agree.
 */
export interface GlobalArguments {
  /** The raw `--lang` value, when given. */
  readonly lang: string | undefined;
  readonly help: boolean;
  /** `--lang` was the last argument, with no value after it. */
  readonly langMissing: boolean;
  /** The rest, in order: the command name first, then its own arguments. */
  readonly rest: readonly string[];
}

export function splitGlobalArguments(argv: readonly string[]): GlobalArguments {
  let lang: string | undefined;
  let help = false;
  let langMissing = false;
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--lang') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('-')) langMissing = true;
      else {
        lang = value;
        index++;
      }
    } else rest.push(arg);
  }
  return { lang, help, langMissing, rest };
}
