/**
 * Every property and attribute of kl-partner-cards and kl-partner-card, used the way frameworks use them
 * (see property-contract.ts).
 */
import { beforeAll } from 'vitest';
import { page } from 'vitest/browser';
import { defaultContent, partnershipsHeaderSection, type Locale } from '@ketahanan/model';
import {
  contentContracts,
  attributeContract,
  describeLanguageContract,
  describePropertyContracts,
  describeTimeoutContract,
  sectionHeaderContract,
  type PropertyContract,
} from '../../../test/property-contract.js';
import '../../define/partner-cards.js';
import '../../define/partner-card.js';
import type { KlPartnerCard } from '../partner-card.js';
import type { KlPartnerCards } from '../partner-cards.js';
import { root, shownItems, shownNames, statusText } from './partner-cards-fixture.js';

// Wide enough for cards side by side (the grid needs a 36em container; Vitest's frame is 414px).
beforeAll(async () => {
  await page.viewport(1024, 768);
});

interface Partners {
  partners: { id: string; name: string; sector: string }[];
}
const documents: [Partners, Partners] = [
  {
    partners: [
      { id: 'bank-desa', name: 'Bank Desa', sector: 'swasta' },
      { id: 'puskesmas', name: 'Puskesmas', sector: 'pemerintah' },
    ],
  },
  { partners: [{ id: 'karang-taruna', name: 'Karang Taruna', sector: 'komunitas-lokal' }] },
];

/** The article's partnerships a reader sees for a sector or area filter, in `locale`. */
function partnershipsShown(locale: Locale, keep: (sectors: string[], area: string | undefined) => boolean) {
  const { partnerships, partners } = defaultContent[locale];
  const sectorOf = new Map(partners.map((partner) => [partner.id, partner.sector]));
  return partnerships
    .filter((partnership) =>
      keep(
        partnership.partners.map((id) => sectorOf.get(id) ?? ''),
        partnership.area,
      ),
    )
    .map((partnership) => partnership.title);
}
const areaOf = (index: number) => defaultContent.id.partnerships[index]?.area ?? '';

const nameTag = (element: HTMLElement) => root(element).querySelector('[part="name"]')?.localName;

const listContracts: PropertyContract<KlPartnerCards>[] = [
  ...contentContracts<KlPartnerCards, Partners>(documents, shownNames, (document, locale) =>
    document ? document.partners.map((partner) => partner.name) : partnershipsShown(locale, () => true),
  ),
  {
    name: 'sector',
    values: ['swasta', 'pemerintah'],
    set: (cards, sector: string) => {
      cards.sector = sector;
    },
    unset: (cards) => {
      cards.removeAttribute('sector');
    },
    shown: shownNames,
    expected: (sector: string | undefined, locale) =>
      partnershipsShown(locale, (sectors) => !sector || sectors.includes(sector)),
  },
  // Areas are the content's own words, so the Indonesian ones filter the Indonesian cards only.
  attributeContract(
    'area',
    [areaOf(0), areaOf(2)],
    (cards) => shownNames(cards).length,
    (area: string | undefined, locale) =>
      area && locale === 'id' ? partnershipsShown(locale, (_, its) => its === area).length : 3,
  ),
  {
    name: 'layout',
    values: ['list', 'grid'],
    set: (cards, layout: 'grid' | 'list') => {
      cards.layout = layout;
    },
    unset: (cards) => {
      cards.removeAttribute('layout');
    },
    // How many rows the three cards take.
    shown: (cards) => new Set(shownItems(cards).map((item) => item.getBoundingClientRect().top)).size,
    expected: (layout?: string) => (layout === 'list' ? 3 : 1),
  },
  attributeContract<KlPartnerCards>(
    'heading-level',
    ['2', '4'],
    nameTag,
    (level?: string) => `h${level ?? '3'}`,
  ),
  sectionHeaderContract(
    (locale) => partnershipsHeaderSection.defaults[locale],
    (cards) => root(cards).querySelector('[part="name"]'),
  ),
];

describePropertyContracts('kl-partner-cards', listContracts);
describeLanguageContract(
  'kl-partner-cards',
  (cards) => [statusText(cards), shownNames(cards)[0]],
  (locale) => [
    locale === 'id' ? '3 kemitraan ditampilkan' : '3 partnerships shown',
    partnershipsShown(locale, () => true)[0],
  ],
);
describeTimeoutContract('kl-partner-cards');

const badge = (card: KlPartnerCard) => root(card).querySelector('[part="badge"]')?.textContent;
const fact = (card: KlPartnerCard, term: string) =>
  [...root(card).querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling
    ?.textContent;
const SECTOR_NAMES = {
  id: { swasta: 'Swasta', pemerintah: 'Pemerintah' },
  en: { swasta: 'Private sector', pemerintah: 'Government' },
};
const AREA = { id: 'Daerah', en: 'Area' } as const;
const CONTRIBUTIONS = { id: 'Kontribusi', en: 'Contributions' } as const;

const cardContracts: PropertyContract<KlPartnerCard>[] = [
  {
    name: 'partner',
    values: [
      { id: 'bank-desa', name: 'Bank Desa', sector: 'swasta' },
      { id: 'puskesmas', name: 'Puskesmas', sector: 'pemerintah' },
    ],
    set: (card, partner: { id: string; name: string; sector: 'swasta' | 'pemerintah' }) => {
      card.removeAttribute('name');
      card.removeAttribute('sector');
      card.partner = partner;
    },
    shown: (card) => [root(card).querySelector('[part="name"]')?.textContent, badge(card)],
    expected: (partner: { name: string; sector: 'swasta' | 'pemerintah' } | undefined, locale) =>
      partner ? [partner.name, SECTOR_NAMES[locale][partner.sector]] : [],
  },
  {
    name: 'name',
    values: ['Koperasi Tani', 'Karang Taruna'],
    set: (card, name: string) => {
      card.name = name;
    },
    // A card without a name says so instead of showing an empty box.
    unset: (card) => {
      card.removeAttribute('name');
    },
    shown: (card) =>
      root(card).querySelector('[part="name"]')?.textContent ??
      root(card).querySelector('[part="error"]')?.getAttribute('role'),
    expected: (name?: string) => name ?? 'alert',
  },
  attributeContract(
    'sector',
    ['swasta', 'pemerintah'],
    badge,
    (sector, locale) => sector && SECTOR_NAMES[locale][sector as 'swasta'],
  ),
  attributeContract(
    'area',
    ['Desa Mekar', 'Kota Lestari'],
    (card) => fact(card, AREA[card.locale]),
    (area?: string) => area,
  ),
  attributeContract(
    'contributions',
    ['finansial', 'teknis sdm'],
    (card) => fact(card, CONTRIBUTIONS[card.locale]),
    (contributions: string | undefined, locale) =>
      contributions &&
      {
        id: { finansial: 'Finansial', 'teknis sdm': 'Teknis dan Sumber daya manusia' },
        en: { finansial: 'Financial', 'teknis sdm': 'Technical and Human resources' },
      }[locale][contributions as 'finansial'],
  ),
  attributeContract(
    'href',
    ['https://koperasi.example/', '/mitra/koperasi'],
    (card) => root(card).querySelector('[part="link"]')?.getAttribute('href'),
    (href?: string) => href,
  ),
  attributeContract(
    'logo',
    ['/__kl/logo.svg?a', '/__kl/logo.svg?b'],
    (card) => root(card).querySelector('img[part="logo"]')?.getAttribute('src'),
    (logo?: string) => logo,
  ),
  attributeContract<KlPartnerCard>(
    'heading-level',
    ['1', '5'],
    nameTag,
    (level?: string) => `h${level ?? '3'}`,
  ),
];

const named = {
  prepare: (card: KlPartnerCard) => {
    card.setAttribute('name', 'Koperasi Tani');
    card.setAttribute('sector', 'swasta');
  },
};

describePropertyContracts('kl-partner-card', cardContracts, named);
describeLanguageContract('kl-partner-card', badge, (locale) => SECTOR_NAMES[locale].swasta, named);
