/**
 * The four sections the studio edits, and the fields of their items, in the order the forms show them.
 * Which fields exist and which are required is the model's schema; this list only says how to ask for
 * them (a select for a sector, two inputs for a text). Labels are in both UI languages.
 */
import type { Locale } from '@ketahanan/model';

export type FieldKind =
  /** The item's id: kebab-case, unique in its list. */
  | 'id'
  /** A one-line text, in both languages. */
  | 'text'
  /** A paragraph, in both languages. */
  | 'paragraph'
  /** A web address. */
  | 'url'
  /** One of the content's sectors. */
  | 'sector'
  /** Any of the model's contributions (financial, technical, …), as checkboxes. */
  | 'contributions'
  /** One of the draft's challenges (a principle's `prevents`). */
  | 'challenge'
  /** One of the draft's principles (a challenge's `principle`). */
  | 'principle';

export interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly label: Readonly<Record<Locale, string>>;
}

export type EditedSection = 'faq' | 'partners' | 'principles' | 'challenges';

export interface SectionSpec {
  readonly name: EditedSection;
  readonly title: Readonly<Record<Locale, string>>;
  /** What one item is called: "Pertanyaan 3". */
  readonly item: Readonly<Record<Locale, string>>;
  readonly add: Readonly<Record<Locale, string>>;
  /** The start of a new item's id (`pertanyaan-4`). */
  readonly idPrefix: string;
  /** The text field that names an item in its legend and in announcements. */
  readonly nameField: string;
  readonly fields: readonly FieldSpec[];
}

const ID: FieldSpec = { key: 'id', kind: 'id', required: true, label: { id: 'Id', en: 'Id' } };

function field(key: string, kind: FieldKind, required: boolean, idLabel: string, enLabel: string): FieldSpec {
  return { key, kind, required, label: { id: idLabel, en: enLabel } };
}

export const SECTION_SPECS: readonly SectionSpec[] = [
  {
    name: 'faq',
    title: { id: 'FAQ', en: 'FAQ' },
    item: { id: 'Pertanyaan', en: 'Question' },
    add: { id: 'Tambah pertanyaan', en: 'Add a question' },
    idPrefix: 'pertanyaan',
    nameField: 'question',
    fields: [
      field('question', 'text', true, 'Pertanyaan', 'Question'),
      field('answer', 'paragraph', true, 'Jawaban', 'Answer'),
      ID,
    ],
  },
  {
    name: 'partners',
    title: { id: 'Mitra', en: 'Partners' },
    item: { id: 'Mitra', en: 'Partner' },
    add: { id: 'Tambah mitra', en: 'Add a partner' },
    idPrefix: 'mitra',
    nameField: 'name',
    fields: [
      field('name', 'text', true, 'Nama', 'Name'),
      field('sector', 'sector', false, 'Sektor', 'Sector'),
      field('description', 'paragraph', false, 'Deskripsi', 'Description'),
      field('area', 'text', false, 'Wilayah', 'Area'),
      field('contributions', 'contributions', false, 'Kontribusi', 'Contributions'),
      field('url', 'url', false, 'Situs web', 'Website'),
      field('logo', 'url', false, 'Alamat logo', 'Logo address'),
      ID,
    ],
  },
  {
    name: 'principles',
    title: { id: 'Prinsip', en: 'Principles' },
    item: { id: 'Prinsip', en: 'Principle' },
    add: { id: 'Tambah prinsip', en: 'Add a principle' },
    idPrefix: 'prinsip',
    nameField: 'title',
    fields: [
      field('title', 'text', true, 'Judul', 'Title'),
      field('description', 'paragraph', true, 'Deskripsi', 'Description'),
      field('prevents', 'challenge', false, 'Tantangan terkait', 'Related challenge'),
      ID,
    ],
  },
  {
    name: 'challenges',
    title: { id: 'Tantangan', en: 'Challenges' },
    item: { id: 'Tantangan', en: 'Challenge' },
    add: { id: 'Tambah tantangan', en: 'Add a challenge' },
    idPrefix: 'tantangan',
    nameField: 'title',
    fields: [
      field('title', 'text', true, 'Judul', 'Title'),
      field('description', 'paragraph', true, 'Deskripsi', 'Description'),
      field('solution', 'paragraph', true, 'Solusi', 'Solution'),
      field('principle', 'principle', false, 'Prinsip terkait', 'Related principle'),
      ID,
    ],
  },
];

/** Whether a field holds text in two languages (two inputs) rather than one value. */
export function isBilingual(kind: FieldKind): boolean {
  return kind === 'text' || kind === 'paragraph';
}
