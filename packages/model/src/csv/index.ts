/**
 * `@ketahanan/model/csv`: partner lists from spreadsheet exports, for the content studio and the CLI. An entry
 * of its own so that the CSV parser never reaches a widget's bundle. Runs in browsers and Node alike.
 */
export {
  partnersFromCsv,
  type CsvPartner,
  type CsvProblem,
  type CsvText,
  type PartnersFromCsvOptions,
  type PartnersFromCsvResult,
} from './partners-from-csv.js';
export { PARTNER_CSV_COLUMNS, type PartnerField } from './partner-columns.js';
export { MAX_SOURCE_BYTES } from '../source-limits.js';
