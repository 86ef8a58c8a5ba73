/**
 * The columns of a partner spreadsheet: which header names fill which partner field, in which language.
 * A header is matched without regard to case, spaces or hyphens (`Name EN`, `name-en` and `name_en` are
 * one column), and Indonesian names work as well as English ones (`nama`, `sektor`, `situs`).
 */
import type { Locale } from '../locale.js';

/** The partner fields a column can fill. */
export type PartnerField =
  'id' | 'name' | 'sector' | 'description' | 'contributions' | 'area' | 'url' | 'logo';

/** Fields whose text may be given per language: `name_id` and `name_en` beside (or instead of) `name`. */
export const TEXT_FIELDS = ['name', 'description', 'area'] as const satisfies readonly PartnerField[];
type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Each field's column names: the field's own name first (the one documented and shown in messages), then
 * what spreadsheets in Indonesia and elsewhere commonly call it.
 */
export const PARTNER_CSV_COLUMNS: Readonly<Record<PartnerField, readonly string[]>> = {
  id: ['id'],
  name: ['name', 'nama', 'nama_mitra', 'partner'],
  sector: ['sector', 'sektor'],
  description: ['description', 'deskripsi', 'keterangan'],
  contributions: ['contributions', 'contribution', 'kontribusi'],
  area: ['area', 'wilayah', 'daerah', 'lokasi'],
  url: ['url', 'website', 'situs', 'tautan', 'link'],
  logo: ['logo', 'logo_url'],
};

/** What one column of the file fills: a field, and for a text field given per language, the language. */
export interface ColumnTarget {
  readonly field: PartnerField;
  /** `id` for `name_id` and for plain `name` (Indonesian is the source language), `en` for `name_en`. */
  readonly language?: Locale;
}

/** `Name (EN)`, ` name-en ` → `name_en`. */
function normalizedHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/\s*\((id|en)\)$/, '_$1')
    .replace(/[\s-]+/g, '_');
}

const BY_NAME: ReadonlyMap<string, PartnerField> = new Map(
  Object.entries(PARTNER_CSV_COLUMNS).flatMap(([field, names]) =>
    names.map((name) => [name, field as PartnerField] as const),
  ),
);

function isTextField(field: PartnerField): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}

/** What the header `header` fills, or `undefined` for a column we do not know. */
export function columnTarget(header: string): ColumnTarget | undefined {
  const name = normalizedHeader(header);
  const field = BY_NAME.get(name);
  if (field) return isTextField(field) ? { field, language: 'id' } : { field };
  const language = /_(id|en)$/.exec(name)?.[1] as Locale | undefined;
  const base = language && BY_NAME.get(name.slice(0, -3));
  return base && isTextField(base) ? { field: base, language } : undefined;
}

/** The column names shown when a column is unknown or missing: each field's own, and the per-language ones. */
export const KNOWN_COLUMNS: readonly string[] = Object.keys(PARTNER_CSV_COLUMNS).flatMap((field) =>
  isTextField(field as PartnerField) ? [field, `${field}_id`, `${field}_en`] : [field],
);
