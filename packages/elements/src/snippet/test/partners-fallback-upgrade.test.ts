/**
 * The contract between the snippet generator and kl-partner-cards: a site owner's partners, written as the
 * snippet's fallback list, come back as the same cards when the element upgrades; the article's
 * partnerships (written for readers only) upgrade to the built-in partnerships.
 */
import { describe, expect, it } from 'vitest';
import { partnershipsSection, sectorsSection, type Partner } from '@ketahanan/model';
import '../../define/partner-cards.js';
import { messagesFor } from '../../shared/messages/index.js';
import { createElementMarkup } from '../index.js';
import { defaultFallbackContent as contentIn } from '../element-markup.js';
import { mountMarkup, removeMountedMarkupAfterEach } from './mount-markup.js';

/** A site owner's partners (not the defaults), with text that must survive escaping and whitespace. */
const ownPartners: Partner[] = [
  {
    id: 'bumdes-maju',
    name: 'BUMDes <Maju> & Sejahtera',
    sector: 'swasta',
    description: 'Kredit mikro "tanpa agunan" untuk usaha warga.',
    contributions: ['finansial', 'sdm'],
    area: 'Desa Mekar',
    url: 'https://bumdes.example/profil?a=1&b=2',
  },
  { id: 'pkk-desa', name: 'PKK Desa Mekar', sector: 'komunitas-lokal', area: 'Desa Mekar' },
  {
    id: 'dinas-pu',
    name: 'Dinas PU',
    sector: 'pemerintah',
    description: 'Membangun embung.',
    area: 'Kabupaten Sukamaju',
    url: 'javascript:alert(1)',
  },
];

removeMountedMarkupAfterEach();

/** The cards' shadow root, upgraded from `markup`, once cards or an error show. */
async function upgraded(markup: string): Promise<ShadowRoot> {
  const element = await mountMarkup(markup, 'kl-partner-cards', (root) =>
    root.querySelector('.list > li, [role="alert"]'),
  );
  if (!element.shadowRoot) throw new Error('<kl-partner-cards> has no shadow root');
  return element.shadowRoot;
}

const texts = (root: ShadowRoot, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent.replace(/\s+/g, ' ').trim());

describe.each(['id', 'en'] as const)('kl-partner-cards after its snippet upgrades (%s)', (locale) => {
  const sectorName = new Map(sectorsSection.defaults[locale].map((sector) => [sector.id, sector.name]));

  it('shows the site owner’s partners the fallback listed: names, sectors, areas, descriptions, links', async () => {
    const markup = createElementMarkup({
      tag: 'kl-partner-cards',
      locale,
      content: { ...contentIn(locale), partners: ownPartners },
      provided: ['partners'],
    });
    const root = await upgraded(markup);
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(0);
    expect(texts(root, '.card__name')).toEqual(ownPartners.map((partner) => partner.name));
    expect(texts(root, '.card__badge')).toEqual(
      ownPartners.map((partner) => sectorName.get(partner.sector ?? '')),
    );
    expect(texts(root, '.card__description')).toEqual([
      ownPartners[0]?.description,
      ownPartners[2]?.description,
    ]);
    expect(texts(root, '.card__facts dd')).toEqual(
      expect.arrayContaining(['Desa Mekar', 'Kabupaten Sukamaju']),
    );
    const contributions = messagesFor(locale).cards.contributions;
    expect(root.textContent).toContain(contributions.finansial);
    expect(root.textContent).toContain(contributions.sdm);
    expect([...root.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      ownPartners[0]?.url,
    ]);
    expect(texts(root, 'select[name="area"] option').slice(1)).toEqual(['Desa Mekar', 'Kabupaten Sukamaju']);
    const sectorOptions = [...root.querySelectorAll<HTMLOptionElement>('select[name="sector"] option')];
    expect(sectorOptions.map((option) => option.value)).toEqual(
      expect.arrayContaining(['swasta', 'komunitas-lokal', 'pemerintah']),
    );
  });

  it('shows the built-in partnerships when the fallback listed the article’s partnerships', async () => {
    const root = await upgraded(createElementMarkup({ tag: 'kl-partner-cards', locale }));
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(0);
    expect(texts(root, '.card__name')).toEqual(
      partnershipsSection.defaults[locale].map((partnership) => partnership.title),
    );
  });
});
