/**
 * The JSON Schema of a language pack, for editors (`"$schema": ".../language-pack.schema.json"` gives
 * completion of the fields and checks the shape). It knows the shape, not the elements' keys: those live
 * in @ketahanan/elements, and `ketahanan validate pack.json` checks them, with placeholders and plural forms.
 */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

export function languagePackJsonSchema(version: string): object {
  const text = { type: 'string', minLength: 1 };
  const plural = {
    type: 'object',
    description: 'Plural forms by CLDR category, picked by Intl.PluralRules for the pack\u2019s language.',
    properties: Object.fromEntries(CATEGORIES.map((category) => [category, text])),
    required: ['other'],
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://cdn.jsdelivr.net/npm/@ketahanan/model@${version}/language-pack.schema.json`,
    title: 'Ketahanan Lokal language pack',
    description:
      'UI strings of the Ketahanan Lokal elements in one language: the same keys as the built-in id and en strings.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      lang: { type: 'string', description: 'BCP 47 language tag of the strings, such as "jv" or "en-AU".' },
      fallback: {
        type: 'string',
        description: 'Where missing strings come from: another pack\u2019s lang, "id" or "en". Default "id".',
      },
      name: { type: 'string', description: 'The language\u2019s name, for people reading the file.' },
      messages: {
        type: 'object',
        description: 'The strings by section: { "faq": { "showAll": "\u2026" } }.',
        additionalProperties: { $ref: '#/$defs/group' },
      },
    },
    required: ['lang', 'messages'],
    additionalProperties: false,
    $defs: {
      group: {
        type: 'object',
        additionalProperties: { anyOf: [text, plural, { $ref: '#/$defs/group' }] },
      },
    },
  };
}
