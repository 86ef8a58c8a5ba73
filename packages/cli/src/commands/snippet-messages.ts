/** The `snippet` command's own strings, plain data in the project's message format (see the model's format-message.ts). */
import type { Locale } from '@ketahanan/model';

export interface SnippetMessages {
  /** `{tags}`: the tags to choose from. */
  readonly missingTag: string;
  /** `{tag}` typed, `{tags}` to choose from. */
  readonly unknownTag: string;
  readonly tooManyTags: string;
  /** `{version}` as typed. */
  readonly notExactVersion: string;
  /** `{url}`: the `--src` given, quoted. */
  readonly badSrc: string;
  /** `{url}`: the `--cdn` given, quoted. */
  readonly badCdn: string;
  /** `{url}`: the `--base-url` given, quoted. */
  readonly badBaseUrl: string;
  readonly cdnAndBaseUrl: string;
  /** `--split` together with `--all` or `--classic`. */
  readonly splitAlone: string;
  readonly noManifest: string;
  /** `{version}` asked for, `{installed}`, and the `{tag}`. */
  readonly otherVersion: string;
  readonly srcWithoutContent: string;
  /** The printed snippet had control or invisible characters, shown as `\uXXXX`. */
  readonly escapedOutput: string;
}

export const SNIPPET_MESSAGES: Readonly<Record<Locale, SnippetMessages>> = {
  id: {
    missingTag: "Tag elemen belum diberikan, misalnya 'ketahanan snippet kl-faq-accordion'. Pilihan: {tags}.",
    unknownTag: "Tag '{tag}' tidak dikenal. Pilihan: {tags}.",
    tooManyTags: 'Berikan tepat satu tag elemen.',
    notExactVersion: "'{version}' bukan versi pasti (contoh: 1.2.3); rentang dan tag tidak dapat dipin.",
    badSrc:
      '{url} tidak dapat menjadi alamat konten (src): gunakan URL https: atau http:, atau jalur relatif, tanpa karakter tak terlihat.',
    badCdn:
      '{url} tidak dapat menjadi basis CDN: gunakan URL https: atau jalur yang diawali /, tanpa ?, #, nama pengguna, atau karakter tak terlihat.',
    badBaseUrl:
      '{url} tidak dapat menjadi URL dasar berkas skrip: gunakan URL https: atau jalur yang diawali /, tanpa ?, #, atau karakter tak terlihat.',
    cdnAndBaseUrl:
      'Pilih salah satu: --cdn (CDN dengan susunan jalur npm) atau --base-url (berkas di situs Anda).',
    splitAlone:
      'Pilih salah satu: --split (berkas elemen ini dengan inti bersama), --all (semua elemen dalam satu berkas), atau --classic.',
    noManifest:
      'integrity.json dari @ketahanan/elements tidak ditemukan: paket belum dibangun (jalankan npm run build).',
    otherVersion:
      'Peringatan: hash SRI hanya diketahui untuk versi terpasang ({installed}), jadi tag skrip untuk {version} dicetak tanpa integrity. Untuk potongan kode lengkap: npx @ketahanan/cli@{version} snippet {tag}',
    srcWithoutContent:
      'Catatan: konten cadangan (tanpa JavaScript) diisi konten bawaan. Tambahkan --content <berkas.json> agar sama dengan isi src.',
    escapedOutput:
      'Catatan: konten berisi karakter kendali atau tak terlihat, yang dicetak sebagai \\uXXXX agar terminal tidak menjalankannya. Untuk HTML yang persis: --out <berkas.html>.',
  },
  en: {
    missingTag:
      "No element tag given, for example 'ketahanan snippet kl-faq-accordion'. Choose from: {tags}.",
    unknownTag: "Unknown tag '{tag}'. Choose from: {tags}.",
    tooManyTags: 'Give exactly one element tag.',
    notExactVersion:
      "'{version}' is not an exact version (for example 1.2.3); ranges and tags cannot be pinned.",
    badSrc:
      '{url} cannot be the content address (src): use an https: or http: URL or a relative path, without invisible characters.',
    badCdn:
      '{url} cannot be a CDN base: use an https: URL or a path starting with /, without ?, #, a user name or invisible characters.',
    badBaseUrl:
      '{url} cannot be a base URL for script files: use an https: URL or a path starting with /, without ?, # or invisible characters.',
    cdnAndBaseUrl:
      'Choose one: --cdn (a CDN with the npm path layout) or --base-url (files on your own site).',
    splitAlone:
      'Choose one: --split (this element’s file with the shared core), --all (every element in one file) or --classic.',
    noManifest:
      'integrity.json of @ketahanan/elements was not found: the package is not built (run npm run build).',
    otherVersion:
      'Warning: SRI hashes are known only for the installed version ({installed}), so the script tag for {version} is printed without integrity. For a complete snippet: npx @ketahanan/cli@{version} snippet {tag}',
    srcWithoutContent:
      'Note: the fallback (no-JavaScript) content is the built-in content. Add --content <file.json> to match what src serves.',
    escapedOutput:
      'Note: the content holds control characters or invisible characters, printed as \\uXXXX so the terminal does not act on them. For the exact HTML: --out <file.html>.',
  },
};
