/**
 * Turns valibot issues into our localized problems. Valibot's own messages are English developer text
 * ("Invalid type: Expected string but received 5"); site owners get one plain sentence in their language.
 */
import type * as v from 'valibot';
import { messagesFor, valueKind, type Messages, type ValueKind } from './messages.js';
import { formatPath, type PathSegment, type Problem } from './problems.js';
import type { Locale } from './locale.js';

type Issue = v.BaseIssue<unknown>;

const SCHEMA_KINDS: Readonly<Record<string, ValueKind>> = {
  string: 'text',
  array: 'list',
  strict_object: 'object',
  object: 'object',
  number: 'number',
  boolean: 'boolean',
};

function pathOf(issue: Issue): PathSegment[] {
  return (issue.path ?? []).map((item) => item.key as PathSegment);
}

function messageOf(issue: Issue, messages: Messages): string {
  const expectedKind = SCHEMA_KINDS[issue.type];
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return messages.unknownKey(String(issue.input));
  if (issue.type === 'strict_object' && issue.expected?.startsWith('"')) return messages.required();
  if (expectedKind !== undefined && issue.kind === 'schema') {
    return messages.expected(expectedKind, valueKind(issue.input));
  }
  switch (issue.type) {
    case 'picklist':
      return messages.oneOf((issue.expected ?? '').split(' | ').map((option) => option.replaceAll('"', '')));
    case 'non_empty':
      return messages.empty();
    case 'max_length':
      return Array.isArray(issue.input)
        ? messages.tooManyItems(Number(issue.requirement))
        : messages.tooLong(Number(issue.requirement));
    case 'regex':
      return messages.badId();
    default:
      return messages.invalid();
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
  const messages = messagesFor(locale);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    let segments = [...prefix, ...pathOf(issue)];
    let message: string;
    if (arrayInPlaceOfObject(issue)) {
      segments = segments.slice(0, -1);
      message = messages.expected('object', 'list');
    } else {
      message = messageOf(issue, messages);
    }
    const path = formatPath(segments);
    const key = `${path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message });
  }
  return problems;
}
