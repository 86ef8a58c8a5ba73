/**
 * `ketahanan import-csv` as a site owner's script runs it: the built bin in a child process, real files
 * from a spreadsheet, exit codes, and the written document checked by `ketahanan validate`.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { escapeInvisible } from '@ketahanan/model/cli';
import { runKetahanan } from './run-cli.js';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketahanan-import-'));
  for (const name of ['mitra-excel.csv', 'partners-update.csv', 'sukamaju.json'])
    copyFileSync(join(fixtures, name), join(dir, name));
});

const run = (args: readonly string[]) => runKetahanan(args, { cwd: dir });
const readJson = (name: string) =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
const lines = (text: string) => text.split('\n').filter(Boolean);

describe('ketahanan import-csv', () => {
  describe('given an Indonesian Excel export (semicolons, BOM, CRLF) with one bad address', () => {
    it('writes the good rows, names the rejected row by its line, and exits 1', () => {
      const result = run(['import-csv', 'mitra-excel.csv', '--out', 'konten.json']);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        // Line 4: the quoted two-line cell of the row before takes lines 2 and 3.
        "mitra-excel.csv baris 4, kolom 'Website': Berisi karakter tak terlihat U+200B di posisi 24; hapus karakter itu.",
        'mitra-excel.csv: 2 mitra dibaca.',
        '1 baris ditolak (lihat di atas) dan tidak ikut ditulis; perbaiki lalu impor lagi dengan --merge, yang mengganti mitra ber-id sama.',
        'Ditulis ke konten.json.',
      ]);
      expect(readJson('konten.json')).toEqual({
        partners: [
          {
            id: 'bpbd-kabupaten-sukamaju',
            name: 'BPBD Kabupaten Sukamaju',
            sector: 'pemerintah',
            description: 'Menyusun rencana kontingensi banjir.\nMelatih relawan desa.',
            contributions: ['teknis'],
            area: 'Kabupaten Sukamaju',
            url: 'https://bpbd.sukamaju.example/',
          },
          {
            id: 'pt-surya-desa',
            name: 'PT Surya Desa',
            sector: 'swasta',
            description: 'Panel surya "atap desa" untuk balai warga.',
            contributions: ['finansial'],
            url: 'https://suryadesa.example/',
          },
        ],
      });
    });

    it('writes a document that ketahanan validate accepts (exit 0)', () => {
      run(['import-csv', 'mitra-excel.csv', '--out', 'konten.json']);
      const validate = run(['validate', 'konten.json', '--lang', 'en']);
      expect(validate.stderr).toBe('');
      expect(validate.stdout.trim()).toBe(
        'konten.json is valid: 1 section (partners); the other 17 sections come from the built-in content.',
      );
      expect(validate.status).toBe(0);
    });
  });

  describe('given a file where every row is good', () => {
    it('prints the document on standard output and exits 0', () => {
      writeFileSync(join(dir, 'good.csv'), 'name,sector\nDesa Tangguh,Local communities\n');
      const result = run(['import-csv', 'good.csv', '--lang', 'en']);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        partners: [{ id: 'desa-tangguh', name: 'Desa Tangguh', sector: 'komunitas-lokal' }],
      });
      expect(result.stderr.trim()).toBe('good.csv: 1 partner read.');
    });
  });

  describe('with --merge', () => {
    it("replaces partners by id, adds the new ones, keeps the rest, and matches the document's own sectors", () => {
      const result = run([
        'import-csv',
        'partners-update.csv',
        '--merge',
        'sukamaju.json',
        '--out',
        'out.json',
      ]);
      expect(result.stderr).not.toContain('line');
      expect(result.status).toBe(0);
      const original = readJson('sukamaju.json');
      expect(readJson('out.json')).toEqual({
        ...original,
        partners: [
          {
            id: 'bpbd',
            name: { id: 'BPBD Kabupaten Sukamaju', en: 'Sukamaju Disaster Management Agency' },
            sector: 'pemerintah',
            url: 'https://bpbd.sukamaju.example/',
          },
          { id: 'pmi-sukamaju', name: { id: 'PMI Sukamaju', en: 'Sukamaju Red Cross' } },
          {
            id: 'universitas-sukamaju',
            name: { id: 'Universitas Sukamaju', en: 'Sukamaju University' },
            sector: 'akademisi',
          },
        ],
      });
      expect(run(['validate', 'out.json', '--require-languages']).status).toBe(0);
    });

    it('refuses an invalid document to merge into with its problems and exit 1, and writes nothing', () => {
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ partners: [{ id: 'Bad', name: 'X' }] }));
      const result = run([
        'import-csv',
        'partners-update.csv',
        '--merge',
        'bad.json',
        '--out',
        'out.json',
        '--lang',
        'en',
      ]);
      expect(result.status).toBe(1);
      expect(lines(result.stderr)).toEqual([
        "partners[0].id: Not a valid id: use lowercase letters, digits and single hyphens, such as 'visi-bersama'.",
        'bad.json is not valid: 1 problem.',
      ]);
      expect(existsSync(join(dir, 'out.json'))).toBe(false);
    });
  });

  describe('when it cannot read its input (exit 2, one line, no stack trace)', () => {
    it.each([
      [
        ['import-csv'],
        "No CSV file given, for example 'ketahanan import-csv partners.csv --out content.json'. See 'ketahanan --help'.",
      ],
      [['import-csv', 'a.csv', 'b.csv'], "Give exactly one CSV file. See 'ketahanan --help'."],
      [['import-csv', 'missing.csv'], "Cannot read 'missing.csv': the file does not exist."],
      [
        ['import-csv', 'mitra-excel.csv', '--merge'],
        "The --merge option needs a value. See 'ketahanan --help'.",
      ],
      [['import-csv', 'mitra-excel.csv', '--strict'], "Unknown option '--strict'. See 'ketahanan --help'."],
    ])('%j', (args, message) => {
      const result = run([...args, '--lang', 'en']);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(message);
      expect(result.stdout).toBe('');
    });

    it('says a file without a name column is not a partner list, and writes nothing', () => {
      writeFileSync(join(dir, 'numbers.csv'), 'tahun;jumlah\n2024;12\n');
      const result = run(['import-csv', 'numbers.csv', '--out', 'out.json', '--lang', 'en']);
      expect(result.status).toBe(2);
      expect(lines(result.stderr)).toEqual([
        expect.stringMatching(
          /^numbers\.csv line 1, column 'tahun': Unknown column 'tahun', ignored; known columns: id, name,/,
        ),
        expect.stringMatching(/^numbers\.csv line 1, column 'jumlah': Unknown column 'jumlah', ignored;/),
        expect.stringMatching(/^numbers\.csv line 1: No name column: add a "name" column/),
      ]);
      expect(existsSync(join(dir, 'out.json'))).toBe(false);
    });

    it('refuses a file over the 4 MB every content source shares', () => {
      writeFileSync(join(dir, 'huge.csv'), `name\n${'Desa\n'.repeat(900_000)}`);
      const result = run(['import-csv', 'huge.csv', '--out', 'out.json', '--lang', 'en']);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(
        'huge.csv: The file is larger than 4 MB; split it into several files.',
      );
      expect(existsSync(join(dir, 'out.json'))).toBe(false);
    });

    it('says a broken document to merge into is broken JSON', () => {
      writeFileSync(join(dir, 'broken.json'), '{ "partners": [');
      const result = run(['import-csv', 'mitra-excel.csv', '--merge', 'broken.json', '--lang', 'en']);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toMatch(/^broken\.json: Broken JSON at line 1, column 16/);
    });
  });

  it("shows a cell's terminal escape sequences as text, never acting on them", () => {
    writeFileSync(join(dir, 'hostile.csv'), 'name,"\u001b]52;c;aGk=\u0007kolom"\nDesa,x\n');
    const result = run(['import-csv', 'hostile.csv', '--lang', 'en']);
    expect(result.status).toBe(1);
    // Each line is already what the terminal escape would make of it: nothing left to act on.
    for (const line of lines(result.stderr)) expect(escapeInvisible(line)).toBe(line);
    expect(result.stderr).toContain("column '\\u001b]52;c;aGk=\\u0007kolom'");
  });

  it('is listed in the help, in both languages', () => {
    expect(run(['--help']).stdout).toMatch(
      /import-csv <partners\.csv> \[--merge <content\.json>\] \[--out <content\.json>\]\s+ubah daftar mitra/,
    );
    expect(run(['import-csv', '--help', '--lang', 'en']).stdout).toContain(
      'turn a partner list from a spreadsheet (CSV)',
    );
  });
});
