/**
 * The JSON Schema of a site owner's document, derived from the valibot schema (never written by hand), so
 * that editors can offer completion and checks (`"$schema": ".../schema.json"`). Cross-references and
 * duplicate ids cannot be expressed in JSON Schema; the runtime validator and the CLI check those.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { ContentDocumentSchema } from '../schema.js';

export function contentJsonSchema(version: string): JsonSchema {
  const schema = toJsonSchema(ContentDocumentSchema, {
    target: 'draft-07',
    errorMode: 'throw',
    overrideAction({ valibotAction, jsonSchema }) {
      // Text is trimmed before the emptiness check, so whitespace-only text is empty: say so with a pattern.
      if (valibotAction.type === 'trim') return { ...jsonSchema, pattern: '\\S' };
      return undefined;
    },
  });
  return {
    $schema: schema.$schema,
    $id: `https://cdn.jsdelivr.net/npm/@ketahanan/model@${version}/schema.json`,
    title: 'Ketahanan Lokal content document',
    description:
      'Content for the Ketahanan Lokal widgets: any subset of the sections (meta, resilience, sectors, partners, reasons, principles, partnerships, benefits, challenges, conclusion, faq, callToAction); sections you leave out come from the built-in article. Ids are kebab-case; cross-references between sections and duplicate ids are checked by `ketahanan validate`, not by this schema.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
