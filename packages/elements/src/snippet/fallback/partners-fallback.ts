import type { Partner, Partnership, Sector } from '@ketahanan/model';
import type { Messages } from '../../shared/messages/index.js';
import { escapeHtml } from '../escape-html.js';

export interface PartnersContent {
  readonly partnerships: readonly Partnership[];
  readonly partners: readonly Partner[];
  readonly sectors: readonly Sector[];
}

function partnerItem(partner: Partner, sectors: ReadonlyMap<string, Sector>): string {
  const sector = sectors.get(partner.sector);
  return `<li>${escapeHtml(partner.name)}${sector ? ` (${escapeHtml(sector.name)})` : ''}</li>`;
}

/**
 * The partnerships, each with its summary and its partners, as nested lists. Partners that no partnership
 * names (a site owner's own list) are listed on their own, so nothing the cards would show is missing.
 */
export function partnersFallback(content: PartnersContent, messages: Messages): string[] {
  const sectors = new Map(content.sectors.map((sector) => [sector.id, sector]));
  const partners = new Map(content.partners.map((partner) => [partner.id, partner]));
  const named = new Set(content.partnerships.flatMap((partnership) => partnership.partners));
  const heading = escapeHtml(messages.cards.partnersHeading);
  const lines = ['<ul>'];
  for (const partnership of content.partnerships) {
    const members = partnership.partners.flatMap((id) => {
      const partner = partners.get(id);
      return partner ? [partnerItem(partner, sectors)] : [];
    });
    lines.push(
      `  <li><strong>${escapeHtml(partnership.title)}</strong>: ${escapeHtml(partnership.summary)}` +
        ` <em>${heading}:</em> <ul>${members.join('')}</ul></li>`,
    );
  }
  for (const partner of content.partners) {
    if (!named.has(partner.id)) lines.push(`  ${partnerItem(partner, sectors)}`);
  }
  lines.push('</ul>');
  return lines;
}
