/**
 * Reading the cells of one row that are more than text: the sector (named in either language, or by id),
 * the contributions (a list in one cell), and the id a partner without one gets from its name.
 */
import { CONTRIBUTIONS, ID_PATTERN, type Contribution } from '../schema.js';
import { LOCALES, type Locale } from '../locale.js';
import { localizeFields } from '../localized-text.js';

/** How a name is compared: case, accents and runs of spaces aside (`Masyarakat  Sipil` is `masyarakat sipil`). */
function comparable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

/** Finds a sector by its id or its name in either language. */
export interface SectorLookup {
  /** The id of the sector `cell` names, or `undefined` when none does. */
  readonly find: (cell: string) => string | undefined;
  /** The sectors, `id (name)`, for the message about a sector that is not found. */
  readonly known: string;
}

/**
 * A lookup over `sectors` (a document's sectors, whose names may be `{ id, en }` texts); the names it lists
 * are those of `locale` where there are.
 */
export function sectorLookup(sectors: readonly unknown[], locale: Locale): SectorLookup {
  const ids = new Map<string, string>();
  const shown: string[] = [];
  for (const language of [locale, ...LOCALES.filter((other) => other !== locale)]) {
    const items = localizeFields(sectors, language) as readonly unknown[];
    for (const item of items) {
      const { id, name } = (item ?? {}) as { id?: unknown; name?: unknown };
      if (typeof id !== 'string') continue;
      if (!ids.has(comparable(id))) shown.push(typeof name === 'string' ? `${id} (${name})` : id);
      ids.set(comparable(id), id);
      if (typeof name === 'string') ids.set(comparable(name), id);
    }
  }
  return { find: (cell) => ids.get(comparable(cell)), known: shown.join(', ') };
}

/** What people write for each kind of contribution, in Indonesian and English, besides its id. */
const CONTRIBUTION_WORDS: Readonly<Record<Contribution, readonly string[]>> = {
  finansial: ['keuangan', 'dana', 'financial', 'finance', 'funding', 'money'],
  teknis: ['teknik', 'technical'],
  sdm: ['sumber daya manusia', 'human resources', 'people', 'staff'],
  pengetahuan: ['knowledge'],
};

const CONTRIBUTION_BY_WORD: ReadonlyMap<string, Contribution> = new Map(
  CONTRIBUTIONS.flatMap((kind) => [kind, ...CONTRIBUTION_WORDS[kind]].map((word) => [word, kind] as const)),
);

/**
 * The contributions listed in one cell, separated by commas, semicolons, slashes, bars or line breaks, each
 * by its id or a common word for it; a word we do not know is kept as written, for the model to reject
 * with its own message. Each kind once.
 */
export function contributionsOf(cell: string): string[] {
  const words = cell
    .split(/[,;/|\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  return [...new Set(words.map((word) => CONTRIBUTION_BY_WORD.get(comparable(word)) ?? word))];
}

/** Longest id the model accepts (see `IdSchema`). */
const MAX_ID_LENGTH = 64;

/**
 * The id a partner without one gets: its name in lowercase ASCII words joined by hyphens (`Yayasan Kesehatan
 * Ibu & Anak` → `yayasan-kesehatan-ibu-anak`), cut at a word; `undefined` when no letter or digit is left.
 */
export function idFromName(name: string): string | undefined {
  const words = comparable(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  let id = '';
  for (const word of words) {
    const longer = id === '' ? word : `${id}-${word}`;
    if (longer.length > MAX_ID_LENGTH) break;
    id = longer;
  }
  // A first word longer than an id can be is cut where it must be.
  if (id === '' && words[0]) id = words[0].slice(0, MAX_ID_LENGTH);
  return ID_PATTERN.test(id) ? id : undefined;
}
