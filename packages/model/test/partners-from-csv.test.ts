/**
 * `partnersFromCsv` as a site owner meets it through the studio or the CLI: real spreadsheet exports in,
 * partners that the widgets accept out, and every rejected row named by the line it starts on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_SOURCE_BYTES,
  partnersFromCsv,
  type CsvProblem,
  type PartnersFromCsvOptions,
} from '../src/csv/index.js';
import { CSV_MESSAGES } from '../src/csv/csv-messages.js';
import { MAX_ITEMS, fieldsMissingALanguage, parseContent } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/csv/${name}`, import.meta.url), 'utf8');

/** The problems as `line column: message`, easy to read in a failing test. */
const lines = (problems: readonly CsvProblem[]) =>
  problems.map(({ line, column, message }) => `${line}${column ? ` ${column}` : ''}: ${message}`);

describe('partnersFromCsv', () => {
  describe('when the file is an Indonesian Excel export (semicolons, BOM, CRLF)', () => {
    const result = partnersFromCsv(fixture('excel-semicolon-bom-crlf.csv'), { locale: 'en' });

    it('keeps the good rows, with quoted line breaks, doubled quotes and Indonesian column names', () => {
      expect(result.partners).toEqual([
        {
          id: 'koperasi-tani-makmur',
          name: 'Koperasi Tani Makmur',
          sector: 'komunitas-lokal',
          description: 'Koperasi petani padi organik.\nAnggota: 120 petani; berdiri 2015.',
          contributions: ['teknis', 'pengetahuan'],
          area: 'Kecamatan Sukamaju',
          url: 'https://koptani.example/',
        },
        {
          id: 'bank-desa',
          name: 'Bank Desa',
          sector: 'swasta',
          description: 'Kredit mikro "tanpa agunan" untuk UMKM',
          contributions: ['finansial'],
          url: 'tel:+62211234567',
          logo: '/logo/bank-desa.png',
        },
        {
          id: 'yayasan-formula',
          name: '=HYPERLINK("https://jahat.example";"klik")',
          sector: 'masyarakat-sipil',
          description: '@SUM(1+1)',
          area: '-Kabupaten',
          url: '+62 21 555',
        },
      ]);
    });

    it('rejects the row with an invisible character in its address by the line it starts on', () => {
      // Line 4: the multi-line cell of the row before takes lines 2 and 3.
      expect(lines(result.problems)).toEqual([
        '4 situs: Contains the invisible character U+200B at position 18; remove it.',
      ]);
      expect(result.rejectedLines).toEqual([4]);
    });

    it('gives partners a content document accepts as they are', () => {
      const checked = parseContent({ partners: result.partners }, { locale: 'en' });
      expect(checked.ok ? [] : checked.problems).toEqual([]);
    });
  });

  describe('when the file gives texts in both languages', () => {
    const result = partnersFromCsv(fixture('bilingual-comma.csv'), { locale: 'id' });

    it('writes them as { id, en } texts, and one language where only one is filled', () => {
      expect(result.partners).toEqual([
        {
          id: 'dinas-pertanian',
          name: { id: 'Dinas Pertanian', en: 'Agriculture Office' },
          sector: 'pemerintah',
          description: {
            id: 'Membina petani, termasuk pelatihan.',
            en: 'Supports farmers, including training.',
          },
          url: 'https://pertanian.example/',
        },
        {
          id: 'sekolah-alam',
          name: { id: 'Sekolah Alam' },
          description: { id: 'Sekolah dasar berbasis alam.' },
        },
      ]);
      expect(fieldsMissingALanguage({ partners: result.partners })).toEqual([
        { path: 'partners[1].name', missing: ['en'] },
        { path: 'partners[1].description', missing: ['en'] },
      ]);
    });

    it('reports a bad id, a repeated id and an unknown sector in Indonesian, by line and column', () => {
      expect(lines(result.problems)).toEqual([
        "4 id: Bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung tunggal, misalnya 'visi-bersama'.",
        "5 id: Id 'dinas-pertanian' ganda: sudah dipakai di baris 2.",
        "6 sector: Sektor 'Perbankan' tidak dikenal; sektor yang dikenal: pemerintah (Pemerintah), swasta (Swasta), masyarakat-sipil (Masyarakat sipil), komunitas-lokal (Komunitas lokal).",
      ]);
      expect(result.rejectedLines).toEqual([4, 5, 6]);
    });

    it('checks the English text too, and names its column', () => {
      const long = 'x'.repeat(20_001);
      const { partners, problems } = partnersFromCsv(`name,name_en\nDesa,${long}\n`, { locale: 'en' });
      expect(partners).toEqual([]);
      expect(lines(problems)).toEqual(['2 name_en: Too long: at most 20,000 characters.']);
    });
  });

  describe('when the file is a plain comma export', () => {
    it('makes ids from names, matches sectors in English, and reads contributions in either language', () => {
      const { partners, problems } = partnersFromCsv(
        'Name,Sector,Contributions\r\n"Yayasan Kesehatan Ibu & Anak",Civil society,"Funding; knowledge"\r\nSekolah Dasar Negeri 1,,\r\n',
      );
      expect(problems).toEqual([]);
      expect(partners).toEqual([
        {
          id: 'yayasan-kesehatan-ibu-anak',
          name: 'Yayasan Kesehatan Ibu & Anak',
          sector: 'masyarakat-sipil',
          contributions: ['finansial', 'pengetahuan'],
        },
        { id: 'sekolah-dasar-negeri-1', name: 'Sekolah Dasar Negeri 1' },
      ]);
    });

    it("reads Excel's sep= line and tab-separated exports", () => {
      expect(partnersFromCsv('sep=;\nname;url\nDesa A;https://a.example/\n').partners).toEqual([
        { id: 'desa-a', name: 'Desa A', url: 'https://a.example/' },
      ]);
      expect(partnersFromCsv('name\tarea\nDesa B\tJawa Barat\n').partners).toEqual([
        { id: 'desa-b', name: 'Desa B', area: 'Jawa Barat' },
      ]);
    });

    it("rejects a contribution the model does not know with the model's message", () => {
      const { problems } = partnersFromCsv('name,contributions\nDesa,"teknis, doa"\n', { locale: 'en' });
      expect(lines(problems)).toEqual([
        // The model's own wording, as `validate` prints it.
        '2 contributions: Must be one of: (finansial, teknis, sdm, pengetahuan).',
      ]);
    });

    it('matches sectors against the sectors it is given (a document of its own)', () => {
      const sectors = [{ id: 'akademisi', name: { id: 'Akademisi', en: 'Academia' } }];
      const { partners, problems } = partnersFromCsv('name,sector\nUniversitas,academia\nBank,swasta\n', {
        sectors,
        locale: 'en',
      });
      expect(partners).toEqual([{ id: 'universitas', name: 'Universitas', sector: 'akademisi' }]);
      expect(lines(problems)).toEqual([
        "3 sector: Unknown sector 'swasta'; known sectors: akademisi (Academia).",
      ]);
    });
  });

  describe('when rows are wrong', () => {
    it('reports a missing name, a name with no letters for an id, extra cells and a broken quote', () => {
      const csv =
        'name,url\n,https://a.example/\n!!!,\nDesa,https://b.example/,extra\nDesa C,"https://c.example/\nDesa D,\n';
      const { partners, problems } = partnersFromCsv(csv, { locale: 'en' });
      expect(partners).toEqual([]);
      expect(lines(problems)).toEqual([
        '2 name: Required, but missing.',
        '3 id: No id can be made from this name; fill in the id column, such as "mitra-desa".',
        '4: This row has 3 cells, more than the 2 columns of the header row.',
        '5: A quote in this row is not closed properly, so its cells cannot be read; check its quotes.',
      ]);
    });

    it('rejects a control character in an address the way the model does, and keeps text cells as text', () => {
      const { partners, problems } = partnersFromCsv('name,logo\nDesa,"/logo.png\u0007"\n', { locale: 'en' });
      expect(partners).toEqual([]);
      expect(lines(problems)).toEqual([
        '2 logo: Contains the invisible character U+0007 at position 10; remove it.',
      ]);
    });

    it('rejects an address the widgets would not use, naming its column, and keeps every usable one', () => {
      const csv = [
        'name,url,logo',
        'Desa A,javascript:alert(1),',
        'Desa B,https://b.example/,file:///C:/logo.png',
        'Desa C,//,',
        'Desa D,mailto:desa@d.example,logo-d.png',
        'Desa E,tel:+62-21-555,https://e.example/logo.svg',
        'Desa F,/mitra/desa-f,',
      ].join('\n');
      const { partners, problems, rejectedLines } = partnersFromCsv(csv, { locale: 'en' });
      expect(lines(problems)).toEqual([
        "2 url: The widgets will not use the address 'javascript:alert(1)': only https:, http:, mailto:, tel: and relative addresses become links or logos.",
        "3 logo: The widgets will not use the address 'file:///C:/logo.png': only https:, http:, mailto:, tel: and relative addresses become links or logos.",
        "4 url: The widgets will not use the address '//': only https:, http:, mailto:, tel: and relative addresses become links or logos.",
      ]);
      expect(rejectedLines).toEqual([2, 3, 4]);
      expect(partners.map((partner) => partner.name)).toEqual(['Desa D', 'Desa E', 'Desa F']);
      const indonesian = partnersFromCsv(csv).problems[0]?.message;
      expect(indonesian).toBe(
        "Alamat 'javascript:alert(1)' tidak akan dipakai widget: hanya alamat https:, http:, mailto:, tel: atau relatif menjadi tautan atau logo.",
      );
    });

    it('rejects a row garbled by a file saved in another encoding than UTF-8, naming the column', () => {
      // Excel's plain "CSV" on Windows writes Windows-1252: "Café Desa" has a byte UTF-8 cannot read.
      const windows1252 = Buffer.from('name,area\nCaf\xe9 Desa,Bali\nDesa Baru,Bali\n', 'latin1').toString(
        'utf8',
      );
      const { partners, problems } = partnersFromCsv(windows1252, { locale: 'en' });
      expect(partners).toEqual([{ id: 'desa-baru', name: 'Desa Baru', area: 'Bali' }]);
      expect(lines(problems)).toEqual([
        '2 name: Holds a character that cannot be read (\uFFFD): the file was not saved as UTF-8; save it again from the spreadsheet as "CSV UTF-8".',
      ]);
    });

    it('keeps at most as many partners as a document may hold, and says where it stopped', () => {
      const rows = Array.from({ length: MAX_ITEMS + 2 }, (_, index) => `p${index},Mitra ${index}`);
      const { partners, problems } = partnersFromCsv(`id,name\n${rows.join('\n')}\n`, { locale: 'en' });
      expect(partners).toHaveLength(MAX_ITEMS);
      expect(lines(problems)).toEqual([
        `${MAX_ITEMS + 2}: Too many rows: at most 10,000 partners; this row and the ones after it are ignored.`,
      ]);
    });
  });

  describe('when the file as a whole is wrong', () => {
    it('names unknown and repeated columns, and still reads the rest', () => {
      const { partners, problems, readable, rejectedLines } = partnersFromCsv(
        'name,telepon,nama\nDesa,123,Lain\n',
        {
          locale: 'en',
        },
      );
      expect(readable).toBe(true);
      expect(rejectedLines).toEqual([]);
      expect(partners).toEqual([{ id: 'desa', name: 'Desa' }]);
      expect(problems.map(({ line, column }) => `${line} ${column}`)).toEqual(['1 telepon', '1 nama']);
      expect(problems[0]?.message).toMatch(
        /^Unknown column 'telepon', ignored; known columns: id, name, name_id, name_en,/,
      );
      expect(problems[1]?.message).toBe(
        "Column 'nama' fills the same field as column 'name', and is ignored.",
      );
    });

    it('says so when there is no name column, or no header at all', () => {
      const noName = partnersFromCsv('id,url\na,https://a.example/\n', { locale: 'en' });
      expect(noName.readable).toBe(false);
      expect(lines(noName.problems)).toEqual([
        expect.stringMatching(/^1: No name column: add a "name" column/),
      ]);
      expect(lines(partnersFromCsv('\uFEFF\r\n', { locale: 'en' }).problems)).toEqual([
        '1: The file is empty: its first line must name the columns, such as "name,sector,url".',
      ]);
    });

    it("says a UTF-16 file (Excel's Unicode Text) must be saved as UTF-8", () => {
      const utf16 = Buffer.from('\uFEFFname\tarea\r\nDesa\tBali\r\n', 'utf16le').toString('utf8');
      const result = partnersFromCsv(utf16, { locale: 'en' });
      expect(result.readable).toBe(false);
      expect(lines(result.problems)).toEqual([
        '0: This file is UTF-16 (Excel\'s "Unicode Text"), not UTF-8; save it again from the spreadsheet as "CSV UTF-8".',
      ]);
    });

    it('refuses a file over the shared size limit without reading it', () => {
      const huge = `name\n${'a'.repeat(MAX_SOURCE_BYTES)}\n`;
      expect(partnersFromCsv(huge, { locale: 'en' })).toEqual({
        partners: [],
        problems: [{ line: 0, message: 'The file is larger than 4 MB; split it into several files.' }],
        rejectedLines: [],
        readable: false,
      });
    });

    it('never throws on what untyped callers pass', () => {
      const inputs: unknown[] = [undefined, null, 5, {}, []];
      for (const input of inputs) {
        const options = { locale: 'nonsense', sectors: 'none' } as unknown as PartnersFromCsvOptions;
        const result = partnersFromCsv(input as string, options);
        expect(result.partners).toEqual([]);
        expect(result.problems[0]?.message).toMatch(/^Berkas kosong/);
      }
    });
  });

  it('has the same messages, with the same placeholders, in both locales', () => {
    const placeholders = (text: unknown) =>
      [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const { id, en } = CSV_MESSAGES;
    expect(Object.keys(en)).toEqual(Object.keys(id));
    for (const key of Object.keys(id) as (keyof typeof id)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
  });
});
