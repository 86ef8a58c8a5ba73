import type { Messages } from './types.js';

/** Bahasa Indonesia: the source language of the project. One export per section (see `index.ts` for why). */
export const common = {
  loading: 'Memuat konten…',
  errorTitle: 'Konten tidak dapat ditampilkan',
  errorIntro: 'Periksa berkas konten Anda:',
  problemAt: '{path}: {message}',
  problemWhole: '{message}',
  errorNetwork: 'Konten tidak dapat diunduh. Periksa alamat (src) dan koneksi.',
  errorChecker: 'Konten tidak dapat diperiksa: site-content.js tidak termuat. Periksa koneksi.',
  errorTimeout: 'Konten tidak selesai diunduh dalam {seconds} detik.',
  errorHttp: 'Server menjawab dengan status {status}.',
  errorNotJson: 'Berkas konten bukan JSON.',
  errorContentType: 'Server mengirim {mediaType}, bukan JSON (application/json).',
  errorNoContentType: 'Server tidak menyatakan konten sebagai JSON (application/json).',
  errorTooLarge: 'Berkas konten terlalu besar.',
  moreProblems: '… dan lainnya.',
} as const satisfies Messages['common'];

export const faq = {
  showAll: 'Buka semua',
  hideAll: 'Tutup semua',
  empty: 'Belum ada pertanyaan.',
} as const satisfies Messages['faq'];

export const explorer = {
  tablistLabel: 'Tantangan',
  solution: 'Solusi',
  principle: 'Prinsip terkait',
  empty: 'Belum ada tantangan untuk ditampilkan.',
} as const satisfies Messages['explorer'];

export const checklist = {
  legend: 'Prinsip yang sudah terpenuhi',
  progress: { other: '{count} dari {total} prinsip terpenuhi' },
  allDone: 'Semua prinsip sudah terpenuhi.',
  adviceHeading: 'Yang perlu diperkuat',
  adviceChallenge: 'Tantangan terkait',
  adviceSolution: 'Solusi',
  reset: 'Atur ulang',
  notSaved: 'Peramban ini tidak menyimpan jawaban; jawaban hilang saat halaman ditutup.',
} as const satisfies Messages['checklist'];

export const cards = {
  filterLabel: 'Saring mitra',
  sectorLabel: 'Sektor',
  areaLabel: 'Daerah',
  allSectors: 'Semua sektor',
  allAreas: 'Semua daerah',
  shown: { other: '{count} mitra ditampilkan' },
  shownPartnerships: { other: '{count} kemitraan ditampilkan' },
  empty: 'Tidak ada mitra yang cocok dengan saringan ini.',
  partnersHeading: 'Mitra',
  contributionsHeading: 'Kontribusi',
  outcomesHeading: 'Hasil',
  contributions: {
    finansial: 'Finansial',
    teknis: 'Teknis',
    sdm: 'Sumber daya manusia',
    pengetahuan: 'Pengetahuan',
  },
  missingName: 'Kartu mitra memerlukan nama: atribut name atau properti partner.',
} as const satisfies Messages['cards'];
