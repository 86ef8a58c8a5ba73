import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { parseContent } from '@ketahanan/model';
import {
  button,
  cleanupStudio,
  description,
  input,
  mountStudio,
  previewPartnerNames,
  studioStatus,
} from './studio-fixture.js';

afterEach(() => {
  vi.restoreAllMocks();
  cleanupStudio();
});

const OWN = {
  partners: [
    { id: 'bappeda', name: { id: 'Bappeda Sukamaju', en: 'Sukamaju Planning Agency' }, sector: 'pemerintah' },
    { id: 'koperasi', name: 'Koperasi Tani Makmur', url: 'https://koperasi.example/' },
  ],
};

function jsonFile(text: string, name = 'konten.json'): File {
  return new File([text], name, { type: 'application/json' });
}

/** Clicks "Download" and returns the file the browser was handed (the Blob behind the download link). */
async function download(): Promise<{ name: string; text: string }> {
  const created = vi.spyOn(URL, 'createObjectURL');
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await userEvent.click(button('Unduh berkas JSON'));
  const blob = created.mock.calls[0]?.[0];
  const link: unknown = clicked.mock.contexts[0];
  if (!(blob instanceof Blob) || !(link instanceof HTMLAnchorElement))
    throw new Error('no download was started');
  return { name: link.download, text: await blob.text() };
}

describe('when a site owner imports a JSON file', () => {
  it('replaces the form and the preview with the file’s content', async () => {
    await mountStudio();
    await userEvent.upload(input('Impor berkas JSON'), jsonFile(JSON.stringify(OWN)));
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Bappeda Sukamaju');
    await expect.element(input('Nama (English)', 0)).toHaveValue('Sukamaju Planning Agency');
    await expect.element(input('Nama (Bahasa Indonesia)', 1)).toHaveValue('Koperasi Tani Makmur');
    await expect.poll(previewPartnerNames).toEqual(['Bappeda Sukamaju', 'Koperasi Tani Makmur']);
    expect(studioStatus()).toBe('Berkas konten.json diimpor.');
  });

  it('says how many problems an imported file has, with the news of the import', async () => {
    await mountStudio();
    const broken = { faq: [{ id: 'Tanya', question: '', answer: 'Ya.' }] };
    await userEvent.upload(input('Impor berkas JSON'), jsonFile(JSON.stringify(broken)));
    await expect.poll(studioStatus).toBe('Berkas konten.json diimpor. 2 masalah.');
    await expect.element(input('Id', 0)).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses broken JSON beside the file input, with the line and column, and keeps the work', async () => {
    await mountStudio();
    await userEvent.upload(input('Impor berkas JSON'), jsonFile('{\n  "faq": [\n}', 'rusak.json'));
    const file = input('Impor berkas JSON');
    await expect.element(file).toHaveAttribute('aria-invalid', 'true');
    expect(description(file.element())).toMatch(/baris 3, kolom 1/i);
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Petani lokal');
  });

  it('brings the earlier work back with "Undo"', async () => {
    await mountStudio();
    await userEvent.upload(input('Impor berkas JSON'), jsonFile(JSON.stringify(OWN)));
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Bappeda Sukamaju');
    await userEvent.click(button('Urungkan'));
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Petani lokal');
  });
});

describe('when a site owner imports a partner list from CSV', () => {
  it('takes the good rows and names each rejected row by its line', async () => {
    await mountStudio();
    const csv =
      'name,sector,url\nBappeda Sukamaju,pemerintah,https://bappeda.example/\n,swasta,\nKoperasi,koperasi-langit,\n';
    await userEvent.upload(
      input('Impor daftar mitra dari CSV'),
      new File([csv], 'mitra.csv', { type: 'text/csv' }),
    );
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Bappeda Sukamaju');
    await expect.poll(previewPartnerNames).toEqual(['Bappeda Sukamaju']);
    const problems = description(input('Impor daftar mitra dari CSV').element());
    expect(problems).toMatch(/Baris 3/);
    expect(problems).toMatch(/Baris 4/);
    expect(studioStatus()).toMatch(/^1 mitra diimpor dari mitra\.csv\. 2 baris ditolak/);
  });
});

describe('when a site owner exports', () => {
  it('downloads the draft as a file the model accepts, which imports back to the same form', async () => {
    await mountStudio();
    const name = input('Nama (Bahasa Indonesia)', 0);
    await userEvent.clear(name);
    await userEvent.type(name, 'Bappeda');
    const file = await download();
    expect(file.name).toBe('ketahanan-konten.json');
    const exported = JSON.parse(file.text) as { $schema: string; partners: { name: unknown }[] };
    expect(exported.$schema).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@ketahanan\/model@\d+\.\d+\.\d+\/schema\.json$/,
    );
    expect(exported.partners[0]?.name).toEqual({ id: 'Bappeda', en: 'Local farmers' });
    expect(parseContent(exported).ok).toBe(true);
    expect(studioStatus()).toBe('Berkas ketahanan-konten.json diunduh.');

    await userEvent.click(button('Mulai dari kosong'));
    await expect.element(page.getByText('Belum ada butir.').first()).toBeVisible();
    await userEvent.upload(input('Impor berkas JSON'), jsonFile(file.text, file.name));
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Bappeda');
  });

  it('gives the pinned, SRI-checked embed code with the edited partner, and copies it', async () => {
    await mountStudio();
    const name = input('Nama (Bahasa Indonesia)', 0);
    await userEvent.clear(name);
    await userEvent.type(name, 'Bappeda');
    const code = () => document.querySelector('pre.snippet')?.textContent ?? '';
    await expect.poll(code).toContain('<strong>Bappeda</strong>');
    expect(code()).toMatch(
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/@ketahanan\/elements@\d+\.\d+\.\d+\/dist\/cdn\/partner-cards\.js"/,
    );
    expect(code()).toMatch(/integrity="sha384-[A-Za-z0-9+/=]+"/);
    const written = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await userEvent.click(button('Salin kode sematan'));
    expect(written).toHaveBeenCalledWith(code());
    await expect.poll(studioStatus).toBe('Kode sematan disalin ke papan klip.');
  });

  it('points the element at the uploaded file when its address is given, and refuses a script address', async () => {
    await mountStudio();
    const address = input('Alamat berkas JSON di situs Anda (opsional)');
    await userEvent.type(address, '/data/konten.json');
    const code = () => document.querySelector('pre.snippet')?.textContent ?? '';
    await expect.poll(code).toContain('<kl-partner-cards lang="id" src="/data/konten.json" section-header>');
    await userEvent.clear(address);
    await userEvent.type(address, 'javascript:alert(1)');
    await expect.element(address).toHaveAttribute('aria-invalid', 'true');
    expect(description(address.element())).toContain('Bukan alamat https, http, atau relatif');
    expect(document.querySelector('pre.snippet')).toBeNull();
  });

  it('withholds the embed code while the model finds problems', async () => {
    await mountStudio();
    await userEvent.clear(input('Id', 0));
    await expect.element(page.getByText('Perbaiki masalah di atas dahulu', { exact: false })).toBeVisible();
    expect(document.querySelector('pre.snippet')).toBeNull();
  });
});
