// The apps' own words (not the elements'), in both languages: headings, controls and the status lines that
// show what the apps' event handlers received. The tests read the same strings.
import { defaultContent, type Locale } from '@ketahanan/model';

export const LOCALES: readonly { readonly value: Locale; readonly label: string }[] = [
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'en', label: 'English' },
];

/** The sectors the app's own filter offers (the article's four), as `<kl-partner-cards sector>` takes them. */
export function sectorOptions(locale: Locale): { readonly id: string; readonly name: string }[] {
  return defaultContent[locale].sectors.map(({ id, name }) => ({ id, name }));
}

export interface SiteText {
  readonly title: string;
  readonly language: string;
  readonly faqHeading: string;
  readonly showFaq: string;
  readonly oneAnswerAtATime: string;
  readonly loadLatestFaq: string;
  readonly loadBrokenFaq: string;
  readonly noToggleYet: string;
  readonly toggled: (count: number, id: string, open: boolean) => string;
  readonly contentError: (path: string) => string;
  readonly challengesHeading: string;
  readonly selectedChallenge: (id: string) => string;
  readonly selectFirstChallenge: string;
  readonly checklistHeading: string;
  readonly checkedPrinciples: (checked: number, total: number) => string;
  readonly partnershipsHeading: string;
  readonly showSector: string;
  readonly allSectors: string;
  readonly readerFilter: (sector: string | null, shown: number) => string;
  readonly partnersHeading: string;
  readonly sortAToZ: string;
  readonly sortZToA: string;
}

export const SITE_TEXT: Readonly<Record<Locale, SiteText>> = {
  id: {
    title: 'Kemitraan untuk ketahanan lokal di Kabupaten Sukamaju',
    language: 'Bahasa',
    faqHeading: 'Pertanyaan warga',
    showFaq: 'Tampilkan tanya jawab',
    oneAnswerAtATime: 'Satu jawaban terbuka sekaligus',
    loadLatestFaq: 'Muat tanya jawab terbaru',
    loadBrokenFaq: 'Muat berkas yang rusak',
    noToggleYet: 'Belum ada jawaban yang dibuka atau ditutup.',
    toggled: (count, id, open) =>
      `Dibuka atau ditutup ${count} kali; terakhir ${id} (${open ? 'dibuka' : 'ditutup'}).`,
    contentError: (path) => `Konten tidak dapat dipakai: ${path}`,
    challengesHeading: 'Tantangan kemitraan',
    selectedChallenge: (id) => `Tantangan terpilih: ${id}`,
    selectFirstChallenge: 'Kembali ke tantangan pertama',
    checklistHeading: 'Cek prinsip kemitraan',
    checkedPrinciples: (checked, total) => `${checked} dari ${total} prinsip dicentang.`,
    partnershipsHeading: 'Contoh kemitraan',
    showSector: 'Sektor yang ditampilkan',
    allSectors: 'Semua sektor',
    readerFilter: (sector, shown) => `Filter pembaca: ${sector ?? 'semua'} (${shown} kartu).`,
    partnersHeading: 'Mitra kami',
    sortAToZ: 'Urutkan A–Z',
    sortZToA: 'Urutkan Z–A',
  },
  en: {
    title: 'Partnerships for local resilience in Sukamaju Regency',
    language: 'Language',
    faqHeading: "Residents' questions",
    showFaq: 'Show the questions',
    oneAnswerAtATime: 'One answer open at a time',
    loadLatestFaq: 'Load the latest questions',
    loadBrokenFaq: 'Load a broken file',
    noToggleYet: 'No answer opened or closed yet.',
    toggled: (count, id, open) =>
      `Opened or closed ${count} times; last ${id} (${open ? 'opened' : 'closed'}).`,
    contentError: (path) => `Content could not be used: ${path}`,
    challengesHeading: 'Partnership challenges',
    selectedChallenge: (id) => `Selected challenge: ${id}`,
    selectFirstChallenge: 'Back to the first challenge',
    checklistHeading: 'Check the partnership principles',
    checkedPrinciples: (checked, total) => `${checked} of ${total} principles checked.`,
    partnershipsHeading: 'Partnership examples',
    showSector: 'Sector shown',
    allSectors: 'All sectors',
    readerFilter: (sector, shown) => `Reader's filter: ${sector ?? 'all'} (${shown} cards).`,
    partnersHeading: 'Our partners',
    sortAToZ: 'Sort A–Z',
    sortZToA: 'Sort Z–A',
  },
};

/** The first challenge of the article, which the apps' "back to the first challenge" button selects. */
export const FIRST_CHALLENGE_ID = 'perbedaan-tujuan-dan-visi';
