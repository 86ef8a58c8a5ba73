/**
 * A spreadsheet export as rows of cells, each with the line of the file it starts on. Parsing is Papa
 * Parse's (quotes, doubled quotes, delimiters and line breaks inside quoted cells); what spreadsheets add
 * around it is handled here: a byte order mark, Windows or old-Mac line breaks, Excel's `sep=;` first line,
 * and the delimiter, which Excel writes as `;` wherever the decimal separator is a comma (Indonesia).
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** The line of the file the row starts on, from 1 (a quoted cell may carry the row over several lines). */
  readonly line: number;
  readonly cells: readonly string[];
  /** A quote in the row is not closed properly, so the cells after it are not what the author meant. */
  readonly malformed: boolean;
}

/** Delimiters spreadsheets write: comma, semicolon (Excel in comma-decimal locales) and tab. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Excel's way of naming the delimiter on a line of its own before the header: `sep=;`. */
const SEPARATOR_LINE = /^sep=([,;\t|])\n/i;

/** The delimiter the header line uses most (quoted text aside); a comma when it uses none. */
function delimiterOf(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = DELIMITERS[0];
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let index = text.indexOf('\n', from);
    index !== -1 && index < to;
    index = text.indexOf('\n', index + 1)
  )
    count++;
  return count;
}

/** Every row of `text`, the header first, blank lines included (the caller decides what they mean). */
export function readCsv(text: string): CsvRow[] {
  // One kind of line break, so line counting is simple and a multi-line cell reads the same from any system.
  let source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let line = 1;
  let delimiter: string;
  const separator = SEPARATOR_LINE.exec(source);
  if (separator) {
    delimiter = separator[1] ?? ',';
    source = source.slice(separator[0].length);
    line = 2;
  } else {
    const headerEnd = source.indexOf('\n');
    delimiter = delimiterOf(headerEnd === -1 ? source : source.slice(0, headerEnd));
  }
  const rows: CsvRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: (result) => {
      const end = result.meta.cursor;
      rows.push({ line, cells: result.data, malformed: result.errors.length > 0 });
      line += countLineBreaks(source, rowStart, end);
      rowStart = end;
    },
  });
  return rows;
}
