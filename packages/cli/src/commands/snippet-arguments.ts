/** What `ketahanan snippet` was asked for, before anything is read. */
export interface SnippetArguments {
  readonly tags: readonly string[];
  readonly src?: string;
  readonly version?: string;
  readonly content?: string;
  readonly cdn?: string;
  readonly baseUrl?: string;
  readonly classic: boolean;
  readonly all: boolean;
}

export type ParsedSnippetArguments =
  | { readonly ok: true; readonly value: SnippetArguments }
  | { readonly ok: false; readonly error: 'unknown-option' | 'missing-value'; readonly option: string };

const VALUE_OPTIONS = ['--src', '--version', '--content', '--cdn', '--base-url'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const isValueOption = (name: string): name is ValueOption =>
  (VALUE_OPTIONS as readonly string[]).includes(name);

/** Reads `--name value` and `--name=value` options and the positional tag(s). */
export function parseSnippetArguments(args: readonly string[]): ParsedSnippetArguments {
  const values: Partial<Record<ValueOption, string>> = {};
  const tags: string[] = [];
  let classic = false;
  let all = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      tags.push(arg);
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (name === '--classic' && inline === undefined) classic = true;
    else if (name === '--all' && inline === undefined) all = true;
    else if (isValueOption(name)) {
      const value = inline ?? args[index + 1];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return { ok: false, error: 'missing-value', option: name };
      }
      if (inline === undefined) index++;
      values[name] = value;
    } else return { ok: false, error: 'unknown-option', option: name };
  }
  return {
    ok: true,
    value: {
      tags,
      classic,
      all,
      ...(values['--src'] !== undefined && { src: values['--src'] }),
      ...(values['--version'] !== undefined && { version: values['--version'] }),
      ...(values['--content'] !== undefined && { content: values['--content'] }),
      ...(values['--cdn'] !== undefined && { cdn: values['--cdn'] }),
      ...(values['--base-url'] !== undefined && { baseUrl: values['--base-url'] }),
    },
  };
}
