/**
 * A partner list from a spreadsheet export: each row becomes a partner, checked by the model's own
 * `parseSections` (one source of truth with the widgets), and each row that fails is reported by the line
 * it starts on, with its column, while the good rows are kept.
 */
import { parseSections } from '../parse.js';
import { partnersSection, sectorsSection } from '../sections.js';
import { localizeFields } from '../localized-text.js';
import { LOCALES, resolveLocale, type Locale } from '../locale.js';
import { MAX_ITEMS, type Contribution, type Sector } from '../schema.js';
import { quote, say } from '../messages.js';
import { MAX_SOURCE_BYTES, isTooLarge } from '../source-limits.js';
import { readCsv, type CsvRow } from './read-csv.js';
import { sayCsv } from './csv-messages.js';
import {
  KNOWN_COLUMNS,
  TEXT_FIELDS,
  columnTarget,
  type ColumnTarget,
  type PartnerField,
} from './partner-columns.js';
import { contributionsOf, idFromName, sectorLookup, type SectorLookup } from './partner-cells.js';

/** A text in one language, or per language as in a bilingual content document: `{ "id": …, "en": … }`. */
export type CsvText = string | { readonly id?: string; readonly en?: string };

/** One partner read from a row: a content document's `partners` item, with texts per language where given. */
export interface CsvPartner {
  readonly id: string;
  readonly name: CsvText;
  readonly sector?: string;
  readonly description?: CsvText;
  readonly contributions?: readonly Contribution[];
  readonly area?: CsvText;
  readonly url?: string;
  readonly logo?: string;
}

/** One thing wrong with the file: where (line, column) and what. */
export interface CsvProblem {
  /** The line of the file the row starts on, from 1 (the header is usually line 1); 0 for the whole file. */
  readonly line: number;
  /** The column's header as written in the file (`Name_EN`), when the problem is in one cell or column. */
  readonly column?: string;
  /** Localized, one sentence. */
  readonly message: string;
}

export interface PartnersFromCsvOptions {
  /** Language of the problem messages. Default `id`. */
  readonly locale?: Locale;
  /**
   * The sectors a `sector` cell may name, by id or by name in either language: a document's own `sectors`
   * when the partners go into it. Default: the built-in sectors.
   */
  readonly sectors?: readonly Sector[] | readonly unknown[];
}

export interface PartnersFromCsvResult {
  /** The partners of the good rows, in file order. */
  readonly partners: readonly CsvPartner[];
  /** Every problem, in line order; each rejected row has at least one. Empty when every row was good. */
  readonly problems: readonly CsvProblem[];
  /** The lines of the rows left out (the line each starts on), in order: "3 rows rejected". */
  readonly rejectedLines: readonly number[];
  /**
   * False when the file could not be read as a partner table at all (larger than the limit, no header row,
   * no name column): there are no partners, and the one problem after any about columns says why.
   */
  readonly readable: boolean;
}

/** The file's columns, in order: what each fills (`undefined` for one that is ignored), and its header. */
interface Columns {
  readonly targets: readonly (ColumnTarget | undefined)[];
  readonly headers: readonly string[];
}

/** A row that read well enough to be checked by the model. */
interface Candidate {
  readonly line: number;
  readonly partner: CsvPartner;
}

function sameTarget(a: ColumnTarget | undefined, b: ColumnTarget): boolean {
  return a?.field === b.field && a.language === b.language;
}

/** The header's columns, with a problem for each that is unknown or fills a field another already fills. */
function readHeader(header: CsvRow, locale: Locale, problems: CsvProblem[]): Columns {
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
function columnOf(columns: Columns, field: string, language?: Locale): string {
  const exact = columns.targets.findIndex(
    (target) => target?.field === field && (target.language ?? language) === language,
  );
  const any = exact >= 0 ? exact : columns.targets.findIndex((target) => target?.field === field);
  return columns.headers[any] ?? field;
}

/** Whether the file gives `field` in both languages (then it is written as `{ id, en }`). */
function isBilingual(columns: Columns, field: PartnerField): boolean {
  return LOCALES.every((language) =>
    columns.targets.some((target) => target?.field === field && target.language === language),
  );
}

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
function keepValid(
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

/** What makes a row unreadable as a whole: a broken quote, or more cells than the header has columns. */
function rowProblem(row: CsvRow, columns: Columns, locale: Locale): CsvProblem | undefined {
  if (row.malformed) return { line: row.line, message: sayCsv(locale, 'brokenQuote') };
  const last = row.cells.findLastIndex((cell) => cell.trim() !== '');
  if (last < columns.headers.length) return undefined;
  const message = sayCsv(locale, 'extraCells', { count: last + 1, columns: columns.headers.length });
  return { line: row.line, message };
}

/** The result for a file that is not a partner table: `why`, after the problems found before it. */
function unreadable(why: CsvProblem, before: readonly CsvProblem[] = []): PartnersFromCsvResult {
  return { partners: [], problems: [...before, why], rejectedLines: [], readable: false };
}

/** {@link partnersFromCsv} once the input is known to be text of an acceptable size. */
function readPartners(text: string, locale: Locale, sectors: SectorLookup): PartnersFromCsvResult {
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
