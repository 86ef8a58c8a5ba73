/**
 * A partner list from a spreadsheet export: each row becomes a partner, checked by the model's own
 * `parseSections` (one source of truth with the widgets), and each row that fails is reported by the line
 * it starts on, with its column, while the good rows are kept.
 */
import { resolveLocale, type Locale } from '../locale.js';
import { MAX_ITEMS, type Sector } from '../schema.js';
import { sectorsSection } from '../sections.js';
import { quote, say } from '../messages.js';
import { hidesCharacter } from '../hidden-characters.js';
import { safeUrl } from '../safe-url.js';
import { MAX_SOURCE_BYTES, isTooLarge } from '../source-limits.js';
import { readCsv, type CsvRow } from './read-csv.js';
import { sayCsv } from './csv-messages.js';
import { KNOWN_COLUMNS, TEXT_FIELDS, type PartnerField } from './partner-columns.js';
import { contributionsOf, idFromName, sectorLookup, type SectorLookup } from './partner-cells.js';
import { columnOf, isBilingual, readHeader, type Columns } from './file-columns.js';
import { keepValid, type Candidate } from './check-rows.js';
import type { CsvPartner, CsvProblem, PartnersFromCsvOptions, PartnersFromCsvResult } from './csv-types.js';

export type {
  CsvPartner,
  CsvProblem,
  CsvText,
  PartnersFromCsvOptions,
  PartnersFromCsvResult,
} from './csv-types.js';

/** Spaces around an address are a spreadsheet's; any other invisible character is the model's to reject. */
function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '');
}

/** A row's filled cells by field: the texts by language, the rest as they are. */
function cellsOf(row: CsvRow, columns: Columns) {
  const texts: Partial<Record<PartnerField, Partial<Record<Locale, string>>>> = {};
  const cells: Partial<Record<PartnerField, string>> = {};
  columns.targets.forEach((target, index) => {
    const raw = row.cells[index] ?? '';
    const cell = target?.field === 'url' || target?.field === 'logo' ? trimSpaces(raw) : raw.trim();
    if (!target || cell === '') return;
    if (target.language) (texts[target.field] ??= {})[target.language] = cell;
    else cells[target.field] = cell;
  });
  return { texts, cells };
}

/** The partner a row describes, or the problem that stops it being one (a missing id, an unknown sector). */
function partnerOf(
  row: CsvRow,
  columns: Columns,
  sectors: SectorLookup,
  locale: Locale,
): { partner: CsvPartner } | { problem: CsvProblem } {
  const { texts, cells } = cellsOf(row, columns);
  const textOf = (field: (typeof TEXT_FIELDS)[number]) => {
    const text = texts[field];
    return text && (isBilingual(columns, field) ? text : (text.id ?? text.en));
  };
  const name = texts.name?.id ?? texts.name?.en;
  // Without a name there is no partner, and no id to make; the model's own word for it.
  if (name === undefined)
    return {
      problem: { line: row.line, column: columnOf(columns, 'name', 'id'), message: say(locale, 'required') },
    };
  const id = cells.id ?? idFromName(name);
  if (id === undefined)
    return {
      problem: { line: row.line, column: columnOf(columns, 'id', 'id'), message: sayCsv(locale, 'noId') },
    };
  const sector = cells.sector === undefined ? undefined : sectors.find(cells.sector);
  if (cells.sector !== undefined && sector === undefined) {
    const message = sayCsv(locale, 'unknownSector', { sector: quote(cells.sector), known: sectors.known });
    return { problem: { line: row.line, column: columnOf(columns, 'sector'), message } };
  }
  const unlinked = unlinkedAddress(cells, columns, row.line, locale);
  if (unlinked) return { problem: unlinked };
  // The fields in the schema's order, as the built-in content has them; empty cells are fields left out.
  const partner = {
    id,
    name: textOf('name'),
    sector,
    description: textOf('description'),
    contributions: cells.contributions === undefined ? undefined : contributionsOf(cells.contributions),
    area: textOf('area'),
    url: cells.url,
    logo: cells.logo,
  };
  const given = Object.entries(partner).filter(([, value]) => value !== undefined);
  return { partner: Object.fromEntries(given) as unknown as CsvPartner };
}

/**
 * An address cell the widgets would not turn into a link or logo (`javascript:`, `data:`, `file:`, `//`):
 * the content model accepts the text, and the partner would show without it, so the import says so while
 * the sheet is still open. Hidden characters are the model's to name (its message points at the character).
 */
function unlinkedAddress(
  cells: Partial<Record<PartnerField, string>>,
  columns: Columns,
  line: number,
  locale: Locale,
): CsvProblem | undefined {
  for (const field of ['url', 'logo'] as const) {
    const address = cells[field];
    if (address === undefined || hidesCharacter(address) || safeUrl(address) !== null) continue;
    const message = sayCsv(locale, 'unlinkedAddress', { address: quote(address) });
    return { line, column: columnOf(columns, field), message };
  }
  return undefined;
}

/** The built-in sectors, the names of `locale` first (those are the ones a message lists). */
function builtInSectors(locale: Locale): readonly Sector[] {
  // The sectors section alone, not `defaultContent`: that would bring the whole article into the bundle.
  const { id, en } = sectorsSection.defaults;
  return locale === 'en' ? [...en, ...id] : [...id, ...en];
}

/** The rows of a file, after its header, as partners to check, or the problem that rejects each. */
function readRows(
  rows: readonly CsvRow[],
  columns: Columns,
  sectors: SectorLookup,
  locale: Locale,
  problems: CsvProblem[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const firstLineOfId = new Map<string, number>();
  let count = 0;
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    if (++count > MAX_ITEMS) {
      problems.push({ line: row.line, message: sayCsv(locale, 'tooManyRows', { max: MAX_ITEMS }) });
      break;
    }
    const problem = rowProblem(row, columns, locale);
    const read = problem ? { problem } : partnerOf(row, columns, sectors, locale);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { id } = read.partner;
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      const message = say(locale, 'duplicateId', {
        id: quote(id),
        first: sayCsv(locale, 'line', { line: String(first) }),
      });
      problems.push({ line: row.line, column: columnOf(columns, 'id', 'id'), message });
      continue;
    }
    firstLineOfId.set(id, row.line);
    candidates.push({ line: row.line, partner: read.partner });
  }
  return candidates;
}

/**
 * What makes a row unreadable: a broken quote, more cells than the header has columns, or a cell with
 * U+FFFD, what a file saved in another encoding than UTF-8 (Excel's "CSV" on Windows) is read as.
 */
function rowProblem(row: CsvRow, columns: Columns, locale: Locale): CsvProblem | undefined {
  if (row.malformed) return { line: row.line, message: sayCsv(locale, 'brokenQuote') };
  const last = row.cells.findLastIndex((cell) => cell.trim() !== '');
  if (last >= columns.headers.length) {
    const message = sayCsv(locale, 'extraCells', { count: last + 1, columns: columns.headers.length });
    return { line: row.line, message };
  }
  const garbled = row.cells.findIndex((cell) => cell.includes('\uFFFD'));
  if (garbled === -1) return undefined;
  return { line: row.line, column: columns.headers[garbled] ?? '', message: sayCsv(locale, 'notUtf8') };
}

/** The result for a file that is not a partner table: `why`, after the problems found before it. */
function unreadable(why: CsvProblem, before: readonly CsvProblem[] = []): PartnersFromCsvResult {
  return { partners: [], problems: [...before, why], rejectedLines: [], readable: false };
}

/** {@link partnersFromCsv} once the input is known to be text of an acceptable size. */
function readPartners(text: string, locale: Locale, sectors: SectorLookup): PartnersFromCsvResult {
  // A UTF-16 file (Excel's "Unicode Text") read as UTF-8 has a NUL beside every letter.
  if (text.slice(0, 100).includes('\u0000')) return unreadable({ line: 0, message: sayCsv(locale, 'utf16') });
  const rows = readCsv(text);
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = rows[headerIndex];
  if (!header) return unreadable({ line: 1, message: sayCsv(locale, 'noHeader') });
  const problems: CsvProblem[] = [];
  const columns = readHeader(header, locale, problems);
  if (!columns.targets.some((target) => target?.field === 'name')) {
    const message = sayCsv(locale, 'noNameColumn', { known: KNOWN_COLUMNS.join(', ') });
    return unreadable({ line: header.line, message }, problems);
  }
  const candidates = readRows(rows.slice(headerIndex + 1), columns, sectors, locale, problems);
  const valid = keepValid(candidates, columns, locale, problems);
  // Stable: the problems of one line keep the order they were found in.
  problems.sort((a, b) => a.line - b.line);
  const rejected = new Set(problems.map((problem) => problem.line));
  rejected.delete(header.line);
  rejected.delete(0);
  return {
    partners: valid.map((candidate) => candidate.partner),
    problems,
    rejectedLines: [...rejected],
    readable: true,
  };
}

/**
 * Reads a partner list from a spreadsheet export (CSV with a header row) and checks each row with the
 * model. Accepts what spreadsheets write: comma, semicolon or tab delimiters (detected from the header, or
 * named by Excel's `sep=;` first line), a UTF-8 byte order mark, Windows line breaks, and quoted cells
 * holding delimiters, quotes (`""`) and line breaks. Cells are text, whatever they start with (`=`, `+`,
 * `-`, `@`): nothing is evaluated.
 *
 * Columns (header names are matched without regard to case, spaces or hyphens): `id` (made from the name
 * when absent), `name` (required), `sector` (an id, or a sector's name in either language), `description`,
 * `contributions` (several in one cell: `finansial, teknis`), `area`, `url`, `logo`. `name`, `description`
 * and `area` may be given per language, `name_id` and `name_en`, and are then written as `{ id, en }`.
 *
 * Never throws. Rows that fail are left out and each is reported by the line it starts on; a file larger
 * than {@link MAX_SOURCE_BYTES}, without a header or without a name column yields no partners and one problem.
 */
export function partnersFromCsv(text: string, options?: PartnersFromCsvOptions): PartnersFromCsvResult {
  const locale = resolveLocale(typeof options?.locale === 'string' ? options.locale : undefined);
  try {
    const source = typeof text === 'string' ? text : '';
    if (isTooLarge(source)) {
      return unreadable({
        line: 0,
        message: sayCsv(locale, 'tooLarge', { megabytes: MAX_SOURCE_BYTES / 1024 / 1024 }),
      });
    }
    const sectors = sectorLookup(
      Array.isArray(options?.sectors) ? options.sectors : builtInSectors(locale),
      locale,
    );
    return readPartners(source, locale, sectors);
  } catch {
    return unreadable({ line: 0, message: say(locale, 'unexpected') });
  }
}
