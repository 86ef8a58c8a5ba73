/**
 * What the CSV import says, in both locales: one sentence each, never repeating the line or column (shown
 * beside it). Its own table, not the content problems' one in ../messages.ts, because those ship in every
 * widget and these only where spreadsheets are imported (the studio, the CLI).
 */
import { formatMessage, type Message, type MessageValues } from '../format-message.js';
import type { Locale } from '../locale.js';

const id = {
  tooLarge: 'Berkas lebih besar dari {megabytes} MB; bagilah menjadi beberapa berkas.',
  noHeader: 'Berkas kosong: baris pertama harus berisi nama kolom, misalnya "name;sector;url".',
  noNameColumn:
    'Tidak ada kolom nama: tambahkan kolom "name" (atau "name_id" dan "name_en"). Kolom yang dikenal: {known}.',
  unknownColumn: 'Kolom {column} tidak dikenal dan diabaikan; kolom yang dikenal: {known}.',
  repeatedColumn: 'Kolom {column} mengisi hal yang sama dengan kolom {first} dan diabaikan.',
  brokenQuote:
    'Tanda kutip di baris ini tidak ditutup dengan benar, sehingga sel-selnya tidak terbaca; periksa tanda kutipnya.',
  extraCells: 'Baris ini berisi {count} sel, lebih banyak dari {columns} kolom di baris judul.',
  noId: 'Id tidak dapat dibuat dari nama ini; isi kolom id, misalnya "mitra-desa".',
  unknownSector: 'Sektor {sector} tidak dikenal; sektor yang dikenal: {known}.',
  unlinkedAddress:
    'Alamat {address} tidak akan dipakai widget: hanya alamat https:, http:, mailto:, tel: atau relatif menjadi tautan atau logo.',
  tooManyRows: 'Terlalu banyak baris: paling banyak {max} mitra; baris ini dan selanjutnya diabaikan.',
  notUtf8:
    'Berisi karakter yang tidak terbaca (\uFFFD): berkas tidak disimpan sebagai UTF-8; simpan ulang dari spreadsheet sebagai "CSV UTF-8".',
  utf16:
    'Berkas ini UTF-16 ("Teks Unicode" di Excel), bukan UTF-8; simpan ulang dari spreadsheet sebagai "CSV UTF-8".',
  line: 'baris {line}',
} as const satisfies Record<string, Message>;

const en: Record<keyof typeof id, Message> = {
  tooLarge: 'The file is larger than {megabytes} MB; split it into several files.',
  noHeader: 'The file is empty: its first line must name the columns, such as "name,sector,url".',
  noNameColumn: 'No name column: add a "name" column (or "name_id" and "name_en"). Known columns: {known}.',
  unknownColumn: 'Unknown column {column}, ignored; known columns: {known}.',
  repeatedColumn: 'Column {column} fills the same field as column {first}, and is ignored.',
  brokenQuote: 'A quote in this row is not closed properly, so its cells cannot be read; check its quotes.',
  extraCells: 'This row has {count} cells, more than the {columns} columns of the header row.',
  noId: 'No id can be made from this name; fill in the id column, such as "mitra-desa".',
  unknownSector: 'Unknown sector {sector}; known sectors: {known}.',
  unlinkedAddress:
    'The widgets will not use the address {address}: only https:, http:, mailto:, tel: and relative addresses become links or logos.',
  tooManyRows: 'Too many rows: at most {max} partners; this row and the ones after it are ignored.',
  notUtf8:
    'Holds a character that cannot be read (\uFFFD): the file was not saved as UTF-8; save it again from the spreadsheet as "CSV UTF-8".',
  utf16:
    'This file is UTF-16 (Excel\'s "Unicode Text"), not UTF-8; save it again from the spreadsheet as "CSV UTF-8".',
  line: 'line {line}',
};

export type CsvMessageKey = keyof typeof id;

/** Both tables, for the test that checks they use the same placeholders. */
export const CSV_MESSAGES: Readonly<Record<Locale, Readonly<Record<CsvMessageKey, Message>>>> = { id, en };

/** The CSV import's message `key` in `locale`, its placeholders filled. */
export function sayCsv(locale: Locale, key: CsvMessageKey, values?: MessageValues): string {
  return formatMessage(locale, CSV_MESSAGES[locale][key], values);
}
