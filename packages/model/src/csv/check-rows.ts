/**
 * The model's word on the rows: each partner is checked by `parseSections` with the partners section, the
 * check the widgets make, and a problem of the model's is traced back to its row's line and column.
 */
import { parseSections } from '../parse.js';
import { partnersSection } from '../sections.js';
import { localizeFields } from '../localized-text.js';
import { LOCALES, type Locale } from '../locale.js';
import type { CsvPartner, CsvProblem } from './csv-types.js';
import { TEXT_FIELDS } from './partner-columns.js';
import { columnOf, isBilingual, type Columns } from './file-columns.js';

/** A row that read well enough to be checked by the model. */
export interface Candidate {
  readonly line: number;
  readonly partner: CsvPartner;
}

const PROBLEM_PATH = /^partners\[(\d+)\](?:\.([A-Za-z]+))?/;

/**
 * The model's problems with `candidates`, by candidate index: each checked by `parseSections` in each
 * language the file gives, so an English name is held to the same rules as the Indonesian one.
 */
function modelProblems(
  candidates: readonly Candidate[],
  columns: Columns,
  languages: readonly Locale[],
  locale: Locale,
): { byIndex: Map<number, CsvProblem[]>; other: CsvProblem[] } {
  const byIndex = new Map<number, CsvProblem[]>();
  const other: CsvProblem[] = [];
  const partners = candidates.map((candidate) => candidate.partner);
  for (const language of languages) {
    const result = parseSections({ partners: localizeFields(partners, language) }, [partnersSection], {
      locale,
    });
    if (result.ok) continue;
    for (const { path, message } of result.problems) {
      const [, index, field] = PROBLEM_PATH.exec(path) ?? [];
      const candidate = index === undefined ? undefined : candidates[Number(index)];
      if (!candidate) {
        other.push({ line: 0, message: path ? `${path}: ${message}` : message });
        continue;
      }
      const problem = { line: candidate.line, column: columnOf(columns, field ?? 'id', language), message };
      const list = byIndex.get(Number(index)) ?? [];
      if (!list.some((seen) => seen.column === problem.column && seen.message === message))
        list.push(problem);
      byIndex.set(Number(index), list);
    }
  }
  return { byIndex, other };
}

/**
 * Checks `candidates` with the model until what is left passes: a reference is only checked once every
 * item passes its schema, so a second round finds what the first could not. Each round drops a row.
 */
export function keepValid(
  candidates: readonly Candidate[],
  columns: Columns,
  locale: Locale,
  problems: CsvProblem[],
): Candidate[] {
  const languages = TEXT_FIELDS.some((field) => isBilingual(columns, field)) ? LOCALES : [locale];
  let remaining = [...candidates];
  for (;;) {
    const { byIndex, other } = modelProblems(remaining, columns, languages, locale);
    problems.push(...other, ...[...byIndex.values()].flat());
    if (byIndex.size === 0 || other.length > 0) return other.length > 0 ? [] : remaining;
    remaining = remaining.filter((_, index) => !byIndex.has(index));
  }
}
