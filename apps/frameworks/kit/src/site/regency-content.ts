// The regency's own content, in both languages: what a site owner passes to the elements' `content`
// property. One source for the three apps, so their tests can expect the same questions and partners.
import type { ContentDocument, Locale, Partner } from '@ketahanan/model';

type FaqItem = NonNullable<ContentDocument['faq']>[number];

const FIRST_QUESTIONS: Record<Locale, FaqItem[]> = {
  id: [
    {
      id: 'forum-kemitraan',
      question: 'Apa itu Forum Kemitraan Sukamaju?',
      answer: 'Pertemuan bulanan pemerintah kabupaten, pelaku usaha, LSM dan perwakilan desa.',
    },
    {
      id: 'cara-bergabung',
      question: 'Bagaimana desa kami bisa bergabung?',
      answer: 'Kepala desa mengirim surat minat ke Bappeda; tim forum menghubungi desa dalam dua minggu.',
    },
  ],
  en: [
    {
      id: 'forum-kemitraan',
      question: 'What is the Sukamaju Partnership Forum?',
      answer: 'A monthly meeting of the regency government, businesses, NGOs and village representatives.',
    },
    {
      id: 'cara-bergabung',
      question: 'How can our village join?',
      answer: 'The village head writes to the planning agency; the forum team replies within two weeks.',
    },
  ],
};

const LATER_QUESTION: Record<Locale, FaqItem> = {
  id: {
    id: 'biaya-keikutsertaan',
    question: 'Apakah ada biaya untuk ikut serta?',
    answer: 'Tidak. Setiap mitra menyumbang sesuai kemampuannya.',
  },
  en: {
    id: 'biaya-keikutsertaan',
    question: 'Does it cost anything to take part?',
    answer: 'No. Every partner contributes what it can.',
  },
};

/**
 * The regency's FAQ as a new object on every call, as data fetched from a server would be. `edition` 2 adds
 * the question the forum published later.
 */
export function regencyFaq(locale: Locale, edition: 1 | 2): ContentDocument {
  const items =
    edition === 1 ? FIRST_QUESTIONS[locale] : [...FIRST_QUESTIONS[locale], LATER_QUESTION[locale]];
  return { faq: items.map((item) => ({ ...item })) };
}

/** The regency's FAQ as a server might send it after a bad edit: an id that is not kebab-case. */
export function brokenFaq(): ContentDocument {
  return { faq: [{ id: 'Bukan Id', question: '?', answer: '!' }] };
}

const PARTNER_DESCRIPTIONS: Record<Locale, Record<string, string>> = {
  id: {
    'bappeda-sukamaju': 'Mengoordinasikan forum dan rencana pembangunan daerah.',
    'koperasi-tani-makmur': 'Mengelola lumbung padi desa.',
    'yayasan-air-bersih': 'Melatih kader desa merawat sarana air bersih.',
  },
  en: {
    'bappeda-sukamaju': 'Coordinates the forum and the regional development plan.',
    'koperasi-tani-makmur': 'Runs the village rice barns.',
    'yayasan-air-bersih': 'Trains village volunteers to maintain clean-water facilities.',
  },
};

const PARTNERS: readonly Omit<Partner, 'description'>[] = [
  {
    id: 'bappeda-sukamaju',
    name: 'Bappeda Kabupaten Sukamaju',
    sector: 'pemerintah',
    contributions: ['teknis'],
  },
  {
    id: 'koperasi-tani-makmur',
    name: 'Koperasi Tani Makmur',
    sector: 'komunitas-lokal',
    contributions: ['sdm'],
  },
  {
    id: 'yayasan-air-bersih',
    name: 'Yayasan Air Bersih Nusantara',
    sector: 'masyarakat-sipil',
    contributions: ['pengetahuan'],
  },
];

/** The regency's partners for one `<kl-partner-card>` each, described in `locale`. */
export function regencyPartners(locale: Locale): Partner[] {
  return PARTNERS.map((partner) => ({
    ...partner,
    description: PARTNER_DESCRIPTIONS[locale][partner.id] ?? '',
  }));
}

export type PartnerOrder = 'a-z' | 'z-a';

/** The partners sorted by name, in a new array (the apps key their cards by `id`). */
export function sortPartners(partners: readonly Partner[], order: PartnerOrder): Partner[] {
  const sorted = [...partners].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return order === 'a-z' ? sorted : sorted.reverse();
}
