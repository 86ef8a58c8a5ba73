/**
 * `ketahanan import-csv <partners.csv>`: a partner list from a spreadsheet export, as a content document
 * (`{ "partners": [...] }`), or merged into one with `--merge`. The conversion is the model's
 * `partnersFromCsv`, the one the content studio uses, so a file imports the same way in both.
 *
 * The good rows are written even when others are rejected (exit 1, each rejected row named by line on
 * standard error): a site owner fixes those rows and imports again, and `--merge` replaces partners by id,
 * so importing twice is safe. What is written always passes `ketahanan validate`.
 */
import { partnersFromCsv, type CsvPartner, type CsvProblem } from '@ketahanan/model/csv';
import {
  EXIT_FAILURE,
  EXIT_INVALID,
  EXIT_OK,
  cannotReadMessage,
  cannotWriteMessage,
  checkContent,
  messagesIn,
  quote,
  readJsonFile,
  type CliCommand,
  type CliContext,
} from '@ketahanan/model/cli';
import { IMPORT_CSV_MESSAGES } from './import-csv-messages.js';

type Say = ReturnType<typeof messagesIn<(typeof IMPORT_CSV_MESSAGES)['id']>>;

/** A value option's text, when it was given. */
const text = (value: string | true | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** One problem as a line: the file, the line and column where there are, and the model's message. */
function problemLine(say: Say, file: string, { line, column, message }: CsvProblem): string {
  if (line === 0) return say('fileProblem', { file, message });
  if (column === undefined) return say('rowProblem', { file, line: String(line), message });
  return say('cellProblem', { file, line: String(line), column: quote(column), message });
}

/** `partners` put into `document`: an imported partner replaces the one with its id, the others follow. */
function mergePartners(
  document: Record<string, unknown>,
  partners: readonly CsvPartner[],
): Record<string, unknown> {
  const existing = Array.isArray(document.partners) ? (document.partners as unknown[]) : [];
  const imported = new Map(partners.map((partner) => [partner.id, partner]));
  const kept = existing.map((partner) => {
    const id = (partner as { id?: unknown } | null)?.id;
    const replacement = typeof id === 'string' ? imported.get(id) : undefined;
    if (replacement) imported.delete(id as string);
    return replacement ?? partner;
  });
  return { ...document, partners: [...kept, ...imported.values()] };
}

/** The document to merge into, checked like `validate` checks it; or the exit code after saying why not. */
async function readMergeDocument(
  file: string,
  context: CliContext,
): Promise<Record<string, unknown> | number> {
  const json = await readJsonFile(file, context);
  if (typeof json === 'number') return json;
  const checked = checkContent(file, json.value, context, context.err);
  return typeof checked === 'number' ? checked : (json.value as Record<string, unknown>);
}

/** Writes `document` to `out`, or prints it; returns false after saying why it could not be written. */
async function writeDocument(
  document: unknown,
  out: string | undefined,
  context: CliContext,
): Promise<boolean> {
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out === undefined) {
    // Escaped on the way to the terminal: `\u200b` inside a JSON string is the same text, so it stays valid JSON.
    json.trimEnd().split('\n').forEach(context.out);
    return true;
  }
  const written = await context.writeText(out, json);
  if (!written.ok) context.err(cannotWriteMessage(context.locale, out, written.failure));
  return written.ok;
}

export const importCsvCommand: CliCommand = {
  name: 'import-csv',
  usage: '<partners.csv> [--merge <content.json>] [--out <content.json>]',
  summary: {
    id: 'ubah daftar mitra dari spreadsheet (CSV) menjadi dokumen konten JSON, atau gabungkan ke dokumen yang ada',
    en: 'turn a partner list from a spreadsheet (CSV) into a JSON content document, or merge it into one',
  },
  options: { merge: { type: 'string' }, out: { type: 'string' } },
  async run({ positionals, values }, context) {
    const say = messagesIn(IMPORT_CSV_MESSAGES, context.locale);
    const [file, ...extra] = positionals;
    const [mergeFile, out] = [values.merge, values.out].map(text);
    if (file === undefined) return context.usageError(say('missingFile'));
    if (extra.length > 0) return context.usageError(say('tooManyFiles'));

    const base = mergeFile === undefined ? {} : await readMergeDocument(mergeFile, context);
    if (typeof base === 'number') return base;
    const read = await context.readText(file);
    if (!read.ok) {
      context.err(cannotReadMessage(context.locale, file, read.failure));
      return EXIT_FAILURE;
    }
    const sectors = Array.isArray(base.sectors) ? (base.sectors as unknown[]) : undefined;
    const result = partnersFromCsv(read.text, { locale: context.locale, ...(sectors && { sectors }) });
    for (const problem of result.problems) context.err(problemLine(say, file, problem));
    if (!result.readable) return EXIT_FAILURE;

    const document = mergePartners(base, result.partners);
    // Never write what `validate` would refuse (it cannot happen with a valid --merge file; say so if it does).
    if (typeof checkContent(out ?? file, document, context, context.err) === 'number') return EXIT_INVALID;
    if (!(await writeDocument(document, out, context))) return EXIT_FAILURE;
    context.err(say('read', { file, count: result.partners.length }));
    const rejected = result.rejectedLines.length;
    if (rejected > 0) context.err(say('rejected', { count: rejected }));
    if (out !== undefined) context.err(say('written', { out }));
    return result.problems.length === 0 ? EXIT_OK : EXIT_INVALID;
  },
};
