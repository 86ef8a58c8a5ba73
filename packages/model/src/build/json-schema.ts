/**
 * The JSON Schema of a site owner's document, derived from the valibot schema (never written by hand), so
 * that editors can offer completion and checks (`"$schema": ".../schema.json"`). Cross-references and
 * duplicate ids cannot be expressed in JSON Schema; the runtime validator and the CLI check those.
 *
 * The descriptions live here rather than in the valibot schema so that they cost the browser bundles nothing.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { ContentDocumentSchema, IdSchema, TextSchema, UrlSchema, type SectionName } from '../schema.js';
import { WITHOUT_HIDDEN_CHARACTERS } from '../hidden-characters.js';
import { MAX_CHARACTER_CODE_POINTS, withoutStackedCharacters } from '../stacked-characters.js';

const HEADER_ID = 'Judul dan paragraf pengantar';

/** Shown by editors on hover; English, then Indonesian, since content editors may read either. */
const SECTION_DESCRIPTIONS: Readonly<Record<SectionName, string>> = {
  meta: 'Title and opening paragraph. · Judul dan paragraf pembuka.',
  resilience:
    'What local resilience is, its aspects and threats. · Apa itu ketahanan lokal, aspeknya, dan ancamannya.',
  sectors: 'Partner sectors that partners belong to. · Sektor tempat mitra bernaung.',
  partners:
    'Partner organisations, each in a sector or none. · Organisasi mitra, masing-masing dalam satu sektor atau tanpa sektor.',
  reasonsHeader: `Heading and intro of \`reasons\`. · ${HEADER_ID} \`reasons\`.`,
  reasons: 'Why partnerships matter. · Mengapa kemitraan penting.',
  principlesHeader: `Heading and intro of \`principles\`. · ${HEADER_ID} \`principles\`.`,
  principles: 'Principles of effective partnerships. · Prinsip dasar kemitraan yang efektif.',
  partnershipsHeader: `Heading and intro of \`partnerships\`. · ${HEADER_ID} \`partnerships\`.`,
  partnerships: 'Good-practice partnerships and the partners involved. · Contoh praktik baik kemitraan.',
  benefitsHeader: `Heading and intro of \`benefits\`. · ${HEADER_ID} \`benefits\`.`,
  benefits: 'Benefits for local communities. · Manfaat kemitraan bagi komunitas lokal.',
  challengesHeader: `Heading and intro of \`challenges\`. · ${HEADER_ID} \`challenges\`.`,
  challenges:
    'Challenges, their solutions and related principles. · Tantangan, solusinya, dan prinsip terkait.',
  conclusion: 'The conclusion. · Kesimpulan.',
  faqHeader: `Heading and intro of \`faq\`. · ${HEADER_ID} \`faq\`.`,
  faq: 'Frequently asked questions. · Pertanyaan yang sering diajukan.',
  callToAction: 'The closing call to action. · Ajakan penutup.',
};

/**
 * An address: no hidden character anywhere, and not blank. The `u` flag the property escapes need is the
 * one JSON Schema tools use (Ajv, VS Code); the lookahead keeps the match linear on long text.
 */
const ADDRESS_PATTERN = `^(?=[\\s\\S]*\\S)${WITHOUT_HIDDEN_CHARACTERS.source.slice(1)}`;

/**
 * Text: not blank, and no run of more than the limit of marks, skin tones or joiners. A pattern cannot
 * segment text into characters as the validator does (stacked-characters.ts), so editors flag the common
 * case, a letter buried under marks, and `ketahanan validate` the rest.
 */
const TEXT_PATTERN = `^(?=[\\s\\S]*\\S)(?![\\s\\S]*[\\p{M}\\p{Emoji_Modifier}\\u200D]{${String(MAX_CHARACTER_CODE_POINTS)}})`;

interface ObjectSchema extends JsonSchema {
  properties: Record<string, JsonSchema>;
  $defs: Record<string, JsonSchema>;
}

export function contentJsonSchema(version: string): JsonSchema {
  const converted = toJsonSchema(ContentDocumentSchema, {
    target: 'draft-07',
    errorMode: 'throw',
    // Named once and referenced everywhere: a much smaller file, and editors can show what an id is.
    definitions: { id: IdSchema, text: TextSchema, url: UrlSchema },
    overrideAction({ valibotAction, jsonSchema }) {
      // Text is trimmed before the emptiness check, so whitespace-only text is empty: say so with a pattern
      // (unless an address's pattern, which says it too, came first).
      if (valibotAction.type === 'trim') return { ...jsonSchema, pattern: jsonSchema.pattern ?? '\\S' };
      if ('requirement' in valibotAction && valibotAction.requirement === WITHOUT_HIDDEN_CHARACTERS)
        return { ...jsonSchema, pattern: ADDRESS_PATTERN };
      if ('requirement' in valibotAction && valibotAction.requirement === withoutStackedCharacters)
        return { ...jsonSchema, pattern: TEXT_PATTERN };
      return undefined;
    },
  }) as ObjectSchema;
  const { $schema, properties, $defs, ...rest } = converted;
  const plainText = { ...$defs.text };
  return {
    $schema,
    $id: `https://cdn.jsdelivr.net/npm/@ketahanan/model@${version}/schema.json`,
    title: 'Ketahanan Lokal content document',
    description:
      'Content for the Ketahanan Lokal widgets: any subset of the sections; the ones left out come from the built-in article. Cross-references between sections and duplicate ids are checked by `ketahanan validate`, not by this schema.',
    ...rest,
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, schema]) => [
        name,
        name in SECTION_DESCRIPTIONS
          ? { description: SECTION_DESCRIPTIONS[name as SectionName], ...schema }
          : { description: 'The JSON Schema this document follows (for editors).', ...schema },
      ]),
    ),
    $defs: {
      ...$defs,
      id: {
        description: "A stable kebab-case identifier, such as 'visi-bersama'. · Id tetap berhuruf kecil.",
        ...$defs.id,
      },
      // A text field may give both languages, or one (see localized-text.ts).
      text: {
        description:
          'Plain text (never HTML), not empty; or the same text in both languages, { "id": "…", "en": "…" }, one of which may be left out. · Teks biasa, tidak kosong; atau teks yang sama dalam dua bahasa.',
        anyOf: [
          plainText,
          {
            type: 'object',
            properties: { id: plainText, en: plainText },
            minProperties: 1,
            additionalProperties: false,
          },
        ],
      },
      url: {
        description:
          'An address (https, http, mailto, tel or relative) without control or invisible characters. · Alamat tanpa karakter kendali atau tak terlihat.',
        ...$defs.url,
      },
    },
  };
}
