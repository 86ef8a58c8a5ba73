/** The `import-csv` command's own strings, plain data in the project's message format (see the model's format-message.ts). */
import type { Locale } from '@ketahanan/model';
import type { Message } from '@ketahanan/model';

export interface ImportCsvMessages {
  readonly missingFile: string;
  readonly tooManyFiles: string;
  /** A problem in one cell or column: `{file}`, `{line}`, `{column}` (quoted), `{message}`. */
  readonly cellProblem: string;
  /** A problem with a whole row: `{file}`, `{line}`, `{message}`. */
  readonly rowProblem: string;
  /** A problem with the whole file: `{file}`, `{message}`. */
  readonly fileProblem: string;
  /** `{file}` and the `{count}` of partners read from it. */
  readonly read: Message;
  /** `{count}` rows left out. */
  readonly rejected: Message;
  /** `{out}`: where the document went. */
  readonly written: string;
}

export const IMPORT_CSV_MESSAGES: Readonly<Record<Locale, ImportCsvMessages>> = {
  id: {
    missingFile:
      "Nama berkas CSV belum diberikan, misalnya 'ketahanan import-csv mitra.csv --out konten.json'.",
    tooManyFiles: 'Berikan tepat satu berkas CSV.',
    cellProblem: '{file} baris {line}, kolom {column}: {message}',
    rowProblem: '{file} baris {line}: {message}',
    fileProblem: '{file}: {message}',
    read: { other: '{file}: {count} mitra dibaca.' },
    rejected: {
      other:
        '{count} baris ditolak (lihat di atas) dan tidak ikut ditulis; perbaiki lalu impor lagi dengan --merge, yang mengganti mitra ber-id sama.',
    },
    written: 'Ditulis ke {out}.',
  },
  en: {
    missingFile: "No CSV file given, for example 'ketahanan import-csv partners.csv --out content.json'.",
    tooManyFiles: 'Give exactly one CSV file.',
    cellProblem: '{file} line {line}, column {column}: {message}',
    rowProblem: '{file} line {line}: {message}',
    fileProblem: '{file}: {message}',
    read: { one: '{file}: {count} partner read.', other: '{file}: {count} partners read.' },
    rejected: {
      one: '{count} row was rejected (see above) and left out; fix it and import again with --merge, which replaces partners with the same id.',
      other:
        '{count} rows were rejected (see above) and left out; fix them and import again with --merge, which replaces partners with the same id.',
    },
    written: 'Written to {out}.',
  },
};
