import type { Locale } from '@ketahanan/model';

export interface SnippetMessages {
  readonly missingTag: (tags: string) => string;
  readonly unknownTag: (tag: string, tags: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly tooManyTags: string;
  readonly notExactVersion: (version: string) => string;
  readonly badBaseUrl: (url: string) => string;
  readonly cdnAndBaseUrl: string;
  readonly noManifest: string;
  readonly otherVersion: (version: string, installed: string, tag: string) => string;
  readonly srcWithoutContent: string;
  readonly invalidContent: (file: string, count: number) => string;
  readonly wholeDocument: string;
}

const id: SnippetMessages = {
  missingTag: (tags) =>
    `Tag elemen belum diberikan, misalnya 'ketahanan snippet kl-faq-accordion'. Pilihan: ${tags}.`,
  unknownTag: (tag, tags) => `Tag '${tag}' tidak dikenal. Pilihan: ${tags}.`,
  unknownOption: (option) => `Opsi '${option}' tidak dikenal.`,
  missingValue: (option) => `Opsi ${option} memerlukan nilai.`,
  tooManyTags: 'Berikan tepat satu tag elemen.',
  notExactVersion: (version) =>
    `'${version}' bukan versi pasti (contoh: 1.2.3); rentang dan tag tidak dapat dipin.`,
  badBaseUrl: (url) =>
    `'${url}' tidak dapat menjadi URL dasar berkas skrip: gunakan URL https: atau jalur yang diawali /, tanpa ? atau #.`,
  cdnAndBaseUrl:
    'Pilih salah satu: --cdn (CDN dengan susunan jalur npm) atau --base-url (berkas di situs Anda).',
  noManifest:
    'integrity.json dari @ketahanan/elements tidak ditemukan: paket belum dibangun (jalankan npm run build).',
  otherVersion: (version, installed, tag) =>
    `Peringatan: hash SRI hanya diketahui untuk versi terpasang (${installed}), jadi tag skrip untuk ${version} dicetak tanpa integrity. Untuk potongan kode lengkap: npx @ketahanan/cli@${version} snippet ${tag}`,
  srcWithoutContent:
    'Catatan: konten cadangan (tanpa JavaScript) diisi konten bawaan. Tambahkan --content <berkas.json> agar sama dengan isi src.',
  invalidContent: (file, count) => `${file} tidak sah: ${count} masalah.`,
  wholeDocument: '(dokumen)',
};

const en: SnippetMessages = {
  missingTag: (tags) =>
    `No element tag given, for example 'ketahanan snippet kl-faq-accordion'. Choose from: ${tags}.`,
  unknownTag: (tag, tags) => `Unknown tag '${tag}'. Choose from: ${tags}.`,
  unknownOption: (option) => `Unknown option '${option}'.`,
  missingValue: (option) => `The ${option} option needs a value.`,
  tooManyTags: 'Give exactly one element tag.',
  notExactVersion: (version) =>
    `'${version}' is not an exact version (for example 1.2.3); ranges and tags cannot be pinned.`,
  badBaseUrl: (url) =>
    `'${url}' cannot be a base URL for script files: use an https: URL or a path starting with /, without ? or #.`,
  cdnAndBaseUrl: 'Choose one: --cdn (a CDN with the npm path layout) or --base-url (files on your own site).',
  noManifest:
    'integrity.json of @ketahanan/elements was not found: the package is not built (run npm run build).',
  otherVersion: (version, installed, tag) =>
    `Warning: SRI hashes are known only for the installed version (${installed}), so the script tag for ${version} is printed without integrity. For a complete snippet: npx @ketahanan/cli@${version} snippet ${tag}`,
  srcWithoutContent:
    'Note: the fallback (no-JavaScript) content is the built-in content. Add --content <file.json> to match what src serves.',
  invalidContent: (file, count) => `${file} is not valid: ${count} problem${count === 1 ? '' : 's'}.`,
  wholeDocument: '(document)',
};

export function snippetMessages(locale: Locale): SnippetMessages {
  return locale === 'en' ? en : id;
}
