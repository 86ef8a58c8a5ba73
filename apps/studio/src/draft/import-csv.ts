/**
 * A partner list from a spreadsheet export, read by the model's own `partnersFromCsv` (the conversion
 * behind `ketahanan import-csv`): the studio parses no CSV itself. The good rows become the draft's
 * partners; each rejected row is reported with its line (and column), in the author's language.
 */
import { partnersFromCsv, type CsvProblem } from '@ketahanan/model/csv';
import type { Locale } from '@ketahanan/model';
import { readAt, writeAt, type Draft } from './draft.js';

export interface CsvImport {
  /** The draft with its partners replaced, or `undefined` when the file was not a partner table at all. */
  readonly draft: Draft | undefined;
  readonly partnerCount: number;
  /** How many rows were left out. */
  readonly rejectedCount: number;
  readonly problems: readonly CsvProblem[];
}

export async function importPartnersCsv(file: Blob, draft: Draft, locale: Locale): Promise<CsvImport> {
  const sectors = readAt(draft, ['sectors']);
  const result = partnersFromCsv(await file.text(), {
    locale,
    ...(Array.isArray(sectors) ? { sectors } : {}),
  });
  return {
    draft: result.readable ? writeAt(draft, ['partners'], result.partners) : undefined,
    partnerCount: result.partners.length,
    rejectedCount: result.rejectedLines.length,
    problems: result.problems,
  };
}
