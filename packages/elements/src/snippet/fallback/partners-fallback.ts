import { safeUrl, type Partner, type Partnership, type Sector } from '@ketahanan/model';
import type { Messages } from '../../shared/messages/index.js';
import { escapeHtml } from '../escape-html.js';

export interface PartnersContent {
  readonly partnerships: readonly Partnership[];
  readonly partners: readonly Partner[];
  readonly sectors: readonly Sector[];
}

type SectorNames = ReadonlyMap<string, string>;

const withSector = (partner: Partner, sectors: SectorNames): string => {
  const sector = sectors.get(partner.sector);
  return `${escapeHtml(partner.name)}${sector ? ` (${escapeHtml(sector)})` : ''}`;
};

/** One of the site owner's partners: name (linked when the URL is safe), sector, area and description. */
function partnerItem(partner: Partner, sectors: SectorNames): string {
  const href = safeUrl(partner.url);
  const name = href
    ? `<a href="${escapeHtml(href)}"><strong>${withSector(partner, sectors)}</strong></a>`
    : `<strong>${withSector(partner, sectors)}</strong>`;
  const details = [partner.area, partner.description].filter((text) => text !== undefined).map(escapeHtml);
  return `  <li>${name}${details.length ? `: ${details.join('. ')}` : ''}</li>`;
}

/** One partnership with its summary and the partners it names, as "Name (Sector)" like the cards. */
function partnershipItem(
  partnership: Partnership,
  partners: ReadonlyMap<string, Partner>,
  sectors: SectorNames,
  heading: string,
): string {
  const members = partnership.partners.flatMap((id) => {
    const partner = partners.get(id);
    return partner ? [`<li>${withSector(partner, sectors)}</li>`] : [];
  });
  return (
    `  <li><strong>${escapeHtml(partnership.title)}</strong>: ${escapeHtml(partnership.summary)}` +
    ` <em>${heading}:</em> <ul>${members.join('')}</ul></li>`
  );
}

/**
 * The cards as a list, following kl-partner-cards' own rule: a site owner's document that supplies
 * `partners` is shown as those partners; otherwise the partnerships, each with its partners.
 */
export function partnersFallback(
  content: PartnersContent,
  messages: Messages,
  ownPartners: boolean,
): string[] {
  const sectors: SectorNames = new Map(content.sectors.map((sector) => [sector.id, sector.name]));
  if (ownPartners)
    return ['<ul>', ...content.partners.map((partner) => partnerItem(partner, sectors)), '</ul>'];
  const partners = new Map(content.partners.map((partner) => [partner.id, partner]));
  const heading = escapeHtml(messages.cards.partnersHeading);
  return [
    '<ul>',
    ...content.partnerships.map((partnership) => partnershipItem(partnership, partners, sectors, heading)),
    '</ul>',
  ];
}
