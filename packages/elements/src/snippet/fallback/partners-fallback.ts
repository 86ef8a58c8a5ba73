import { safeUrl, type Partner, type Partnership, type Sector } from '@ketahanan/model';
import type { Messages } from '../../shared/messages/index.js';
import { sectorNames, type SectorNames } from '../../partner-cards/card-view.js';
import { escapeHtml } from '../escape-html.js';

export interface PartnersContent {
  readonly partnerships: readonly Partnership[];
  readonly partners: readonly Partner[];
  readonly sectors: readonly Sector[];
}

const withSector = (partner: Partner, sectors: SectorNames): string => {
  const sector = partner.sector && sectors.get(partner.sector);
  return `${escapeHtml(partner.name)}${sector ? ` (${escapeHtml(sector)})` : ''}`;
};

/** `data-name="value"`, or nothing when there is no value (so the reader leaves the field out too). */
const data = (name: string, value: string | null | undefined): string =>
  value ? ` data-${name}="${escapeHtml(value)}"` : '';

/**
 * One of the site owner's partners, in the format kl-partner-cards reads back as its content (see
 * partner-cards/partners-markup.ts): machine values as `data-*` attributes, the name (linked when the URL
 * is safe), the sector's name for readers, then the area and description as marked-up text.
 */
function partnerItem(partner: Partner, sectors: SectorNames): string {
  const href = safeUrl(partner.url);
  const strong = `<strong>${escapeHtml(partner.name)}</strong>`;
  const name = href ? `<a href="${escapeHtml(href)}">${strong}</a>` : strong;
  const sector = partner.sector && sectors.get(partner.sector);
  const details = (['area', 'description'] as const).flatMap((field) =>
    partner[field] === undefined ? [] : [`<span data-field="${field}">${escapeHtml(partner[field])}</span>`],
  );
  const attributes =
    data('id', partner.id) +
    data('sector', partner.sector) +
    data('contributions', partner.contributions?.join(' ')) +
    data('logo', safeUrl(partner.logo));
  return `  <li${attributes}>${name}${sector ? ` (${escapeHtml(sector)})` : ''}${details.length ? `: ${details.join('. ')}` : ''}</li>`;
}

/** `<em>Label:</em> <ul>…</ul>`, or nothing for no items. */
const labelledList = (label: string, items: readonly string[]): string =>
  items.length ? ` <em>${label}:</em> <ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';

/**
 * One partnership: its summary and outcomes in the article's order, then the partners it names, as
 * "Name (Sector)" like the cards.
 */
function partnershipItem(
  partnership: Partnership,
  partners: ReadonlyMap<string, Partner>,
  sectors: SectorNames,
  messages: Messages,
): string {
  const members = partnership.partners.flatMap((id) => {
    const partner = partners.get(id);
    return partner ? [withSector(partner, sectors)] : [];
  });
  return (
    `  <li><strong>${escapeHtml(partnership.title)}</strong>: ${escapeHtml(partnership.summary)}` +
    labelledList(escapeHtml(messages.cards.outcomesHeading), (partnership.outcomes ?? []).map(escapeHtml)) +
    labelledList(escapeHtml(messages.cards.partnersHeading), members) +
    '</li>'
  );
}

/**
 * The cards as a list, following kl-partner-cards' own rule: a site owner's document that supplies
 * `partners` is shown as those partners (in the format the element reads back when it upgrades);
 * otherwise the partnerships, each with its partners, for readers only: the element ignores that list
 * and shows its built-in partnerships, the same text in the same language.
 */
export function partnersFallback(
  content: PartnersContent,
  messages: Messages,
  ownPartners: boolean,
): string[] {
  const sectors = sectorNames(content.sectors);
  if (ownPartners)
    return ['<ul>', ...content.partners.map((partner) => partnerItem(partner, sectors)), '</ul>'];
  const partners = new Map(content.partners.map((partner) => [partner.id, partner]));
  return [
    '<ul>',
    ...content.partnerships.map((partnership) => partnershipItem(partnership, partners, sectors, messages)),
    '</ul>',
  ];
}
