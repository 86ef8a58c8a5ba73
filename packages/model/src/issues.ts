/**
 * Turns valibot issues into our localized problems. Valibot's own messages are English developer text
 * ("Invalid type: Expected string but received 5"); site owners get one plain sentence in their language.
 */
import type * as v from 'valibot';
import { quote, say, valueKind, type ValueKind } from './messages.js';
import { formatPath, type PathSegment, type Problem } from './problems.js';
import type { Locale } from './locale.js';
import { WITHOUT_HIDDEN_CHARACTERS, firstHiddenCharacter } from './hidden-characters.js';
import {
  MAX_CHARACTER_CODE_POINTS,
  firstStackedCharacter,
  withoutStackedCharacters,
} from './stacked-characters.js';

type Issue = v.BaseIssue<unknown>;

const SCHEMA_KINDS: Readonly<Partial<Record<string, ValueKind>>> = {
  string: 'text',
  array: 'list',
  strict_object: 'object',
};

function messageOf(issue: Issue, locale: Locale | undefined): string {
  const expectedKind = SCHEMA_KINDS[issue.type];
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return say(locale, 'unknownKey', { key: quote(String(issue.input)) });
  if (issue.type === 'strict_object' && issue.expected?.startsWith('"')) return say(locale, 'required');
  if (expectedKind !== undefined && issue.kind === 'schema') {
    return say(locale, 'expected', {
      expected: say(locale, expectedKind),
      found: say(locale, valueKind(issue.input)),
    });
  }
  switch (issue.type) {
    case 'picklist':
      return say(locale, 'oneOf', {
        options: (issue.expected ?? '').replaceAll('"', '').replaceAll(' | ', ', '),
      });
    case 'non_empty':
      return say(locale, 'empty');
    case 'max_length':
      return say(locale, Array.isArray(issue.input) ? 'tooManyItems' : 'tooLong', {
        max: Number(issue.requirement),
      });
    case 'regex': {
      const hidden =
        issue.requirement === WITHOUT_HIDDEN_CHARACTERS && firstHiddenCharacter(String(issue.input));
      return hidden
        ? say(locale, 'hiddenCharacter', { character: hidden.code, position: String(hidden.position) })
        : say(locale, 'badId');
    }
    case 'check': {
      const stacked =
        issue.requirement === withoutStackedCharacters && firstStackedCharacter(String(issue.input));
      return stacked
        ? say(locale, 'stackedCharacter', {
            position: String(stacked.position),
            size: stacked.size,
            max: MAX_CHARACTER_CODE_POINTS,
          })
        : say(locale, 'invalid');
    }
    default:
      return say(locale, 'invalid');
  }
}

/**
 * A strict object schema accepts arrays as "objects" and then complains about their indices as unknown
 * keys; we report that as what it is: the whole value has the wrong type.
 */
function arrayInPlaceOfObject(issue: Issue): boolean {
  const last = issue.path?.at(-1);
  return issue.type === 'strict_object' && last?.origin === 'key' && Array.isArray(last.input);
}

/** Valibot's report of an unknown key (only the first per object; see `unknown-keys.ts` for all of them). */
export function isUnknownKeyIssue(issue: Issue): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never' && !arrayInPlaceOfObject(issue);
}

/** Localized problems for `issues`, each path prefixed with `prefix` (the section name). */
export function issuesToProblems(
  issues: readonly Issue[],
  prefix: readonly PathSegment[],
  locale: Locale | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const segments = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathSegment)];
    const wrongType = arrayInPlaceOfObject(issue);
    const path = formatPath(wrongType ? segments.slice(0, -1) : segments);
    const message = wrongType
      ? say(locale, 'expected', { expected: say(locale, 'object'), found: say(locale, 'list') })
      : messageOf(issue, locale);
    const key = `${path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message });
  }
  return problems;
}
