import {
  CONTRIBUTIONS,
  safeUrl,
  type Contribution,
  type Partner,
  type Partnership,
  type Sector,
} from '@ketahanan/model';

/**
 * What one card shows, already resolved for the reader's language: sector ids become names, partnership
 * partner ids become partners, URLs are checked. Both elements render this one shape, so a partner and a
 * partnership look alike and the list can filter without knowing which it holds.
 */
export interface CardView {
  readonly name: string;
  /** Sector ids, for filtering. */
  readonly sectorIds: readonly string[];
  /** Sector names for the badges. */
  readonly sectors: readonly string[];
  readonly area: string | undefined;
  readonly description: string | undefined;
  readonly contributions: readonly Contribution[];
  /** The primary link, or null when there is none or its scheme is not allowed (then the name is text). */
  readonly href: string | null;
  /** The logo URL, or null under the same rule. */
  readonly logo: string | null;
  /** A partnership's partners, as "Name (Sector)". */
  readonly partners: readonly string[] | undefined;
  /** A partnership's outcomes. */
  readonly outcomes: readonly string[] | undefined;
}

/** Sector names by id, for the badges; an id without a name shows as itself. */
export type SectorNames = ReadonlyMap<string, string>;

export function sectorNames(sectors: readonly Sector[]): SectorNames {
  return new Map(sectors.map((sector) => [sector.id, sector.name]));
}

/**
 * What a partner card is made of: a validated `Partner` from content, or one a `kl-partner-card` pieces
 * together from its attributes (which may leave out the sector).
 */
export type PartnerFields = Omit<Partner, 'sector' | 'contributions'> & {
  readonly sector?: string | undefined;
  readonly contributions?: readonly string[] | undefined;
};

/** Contributions in the article's order, unknown words dropped, each once. */
export function knownContributions(words: Iterable<string>): Contribution[] {
  const given = new Set(words);
  return CONTRIBUTIONS.filter((contribution) => given.has(contribution));
}

/** The sector's name, or `undefined` for a partner in no sector. */
export function sectorName(partner: Pick<PartnerFields, 'sector'>, names: SectorNames): string | undefined {
  return partner.sector && (names.get(partner.sector) ?? partner.sector);
}

export function partnerView(partner: PartnerFields, names: SectorNames): CardView {
  const sector = sectorName(partner, names);
  return {
    name: partner.name,
    sectorIds: partner.sector ? [partner.sector] : [],
    sectors: sector ? [sector] : [],
    area: partner.area,
    description: partner.description,
    contributions: knownContributions(partner.contributions ?? []),
    href: safeUrl(partner.url),
    logo: safeUrl(partner.logo),
    partners: undefined,
    outcomes: undefined,
  };
}

/**
 * A partnership card: its sectors and contributions are those of its partners. Partnerships carry no
 * link or logo, and their partners are listed as text, so the card never nests interactive controls.
 */
export function partnershipView(
  partnership: Partnership,
  partnersById: ReadonlyMap<string, Partner>,
  names: SectorNames,
): CardView {
  const partners = partnership.partners.flatMap((id) => partnersById.get(id) ?? []);
  const sectorIds = [...new Set(partners.flatMap((partner) => partner.sector ?? []))];
  return {
    name: partnership.title,
    sectorIds,
    sectors: sectorIds.map((id) => names.get(id) ?? id),
    area: partnership.area,
    description: partnership.summary,
    contributions: knownContributions(partners.flatMap((partner) => partner.contributions ?? [])),
    href: null,
    logo: null,
    partners: partners.map((partner) => {
      const sector = sectorName(partner, names);
      return sector ? `${partner.name} (${sector})` : partner.name;
    }),
    outcomes: partnership.outcomes,
  };
}
