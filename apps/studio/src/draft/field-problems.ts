/**
 * The model's problems with a draft, placed beside the fields they concern. The model is the one judge:
 * `parseContent`, the same function the widgets use, once per content language on that language's reading
 * of the draft (`localizeFields`), with its messages in the author's UI language. A problem of the
 * Indonesian reading at `faq[2].answer` belongs to the Indonesian answer input; one that both readings
 * share (a bad id, a bad address) to the single input of that field.
 */
import { LOCALES, localizeFields, parseContent, type Locale, type Problem } from '@ketahanan/model';
import type { Draft } from './draft.js';

export interface FieldProblems {
  /** Messages by field key ({@link fieldKey}), each message once. */
  readonly byField: ReadonlyMap<string, readonly string[]>;
  /** Every distinct problem, for the summary and the count. */
  readonly all: readonly Problem[];
}

/** The key of one input: the path, and for a text in two languages, which one. */
export function fieldKey(path: string, language?: Locale): string {
  return language === undefined ? path : `${path}@${language}`;
}

function addOnce(map: Map<string, string[]>, key: string, message: string): void {
  const messages = map.get(key) ?? [];
  if (!messages.includes(message)) messages.push(message);
  map.set(key, messages);
}

export function fieldProblems(draft: Draft, uiLocale: Locale): FieldProblems {
  const byField = new Map<string, string[]>();
  const all: Problem[] = [];
  for (const language of LOCALES) {
    const result = parseContent(localizeFields(draft, language), { locale: uiLocale });
    if (result.ok) continue;
    for (const problem of result.problems) {
      addOnce(byField, fieldKey(problem.path, language), problem.message);
      addOnce(byField, fieldKey(problem.path), problem.message);
      if (!all.some((seen) => seen.path === problem.path && seen.message === problem.message)) {
        all.push(problem);
      }
    }
  }
  return { byField, all };
}
