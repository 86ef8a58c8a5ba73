/**
 * The columns of one file: what its header row names, which partner field each column fills, and the
 * header a problem in a field is reported under.
 */
import { LOCALES, type Locale } from '../locale.js';
import { quote } from '../messages.js';
import type { CsvProblem } from './csv-types.js';
import type { CsvRow } from './read-csv.js';
import { sayCsv } from './csv-messages.js';
import { KNOWN_COLUMNS, columnTarget, type ColumnTarget, type PartnerField } from './partner-columns.js';

/** The file's columns, in order: what each fills (`undefined` for one that is ignored), and its header. */
export interface Columns {
  readonly targets: readonly (ColumnTarget | undefined)[];
  readonly headers: readonly string[];
}

function sameTarget(a: ColumnTarget | undefined, b: ColumnTarget): boolean {
  return a?.field === b.field && a.language === b.language;
}

/** The header's columns, with a problem for each that is unknown or fills a field another already fills. */
export function readHeader(header: CsvRow, locale: Locale, problems: CsvProblem[]): Columns {
  const headers = header.cells.map((cell) => cell.trim());
  const targets: (ColumnTarget | undefined)[] = [];
  const known = KNOWN_COLUMNS.join(', ');
  for (const column of headers) {
    if (column === '') {
      targets.push(undefined);
      continue;
    }
    const target = columnTarget(column);
    const first = target && targets.findIndex((other) => sameTarget(other, target));
    if (!target) {
      problems.push({
        line: header.line,
        column,
        message: sayCsv(locale, 'unknownColumn', { column: quote(column), known }),
      });
    } else if (first !== undefined && first >= 0) {
      const message = sayCsv(locale, 'repeatedColumn', {
        column: quote(column),
        first: quote(headers[first] ?? ''),
      });
      problems.push({ line: header.line, column, message });
    }
    targets.push(target && first === -1 ? target : undefined);
  }
  return { targets, headers };
}

/** The header of the column that fills `field` (in `language` if it can), else the field's own name. */
export function columnOf(columns: Columns, field: string, language?: Locale): string {
  const exact = columns.targets.findIndex(
    (target) => target?.field === field && (target.language ?? language) === language,
  );
  const any = exact >= 0 ? exact : columns.targets.findIndex((target) => target?.field === field);
  return columns.headers[any] ?? field;
}

/** Whether the file gives `field` in both languages (then it is written as `{ id, en }`). */
export function isBilingual(columns: Columns, field: PartnerField): boolean {
  return LOCALES.every((language) =>
    columns.targets.some((target) => target?.field === field && target.language === language),
  );
}
