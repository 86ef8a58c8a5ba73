/** What `partnersFromCsv` takes and gives: the public types of `@ketahanan/model/csv`. */
import type { Locale } from '../locale.js';
import type { Contribution, Sector } from '../schema.js';

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
