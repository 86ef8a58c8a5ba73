/**
 * The shipped JSON Schema (generated from the same valibot schema) and the runtime validator agree on every
 * good and every structurally bad document. Cross-references, duplicate ids and characters that only
 * Unicode's segmentation finds are beyond JSON Schema: for those, the schema accepts and only the runtime
 * rejects, which is why the CLI exists.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../src/index.js';
import { contentJsonSchema } from '../src/build/json-schema.js';
import { badDocuments, goodDocuments } from './corpus.js';

const packageRoot = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
  version: string;
};
const shipped = JSON.parse(readFileSync(new URL('schema.json', packageRoot), 'utf8')) as Record<
  string,
  unknown
>;
const validate = new Ajv({ allErrors: true, strict: true }).compile(shipped);

describe('the shipped schema.json', () => {
  it('is what the build generates from the current valibot schema', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(contentJsonSchema(version))));
  });

  it('says what it is: draft-07, a versioned $id, a title and a description', () => {
    expect(shipped).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://cdn.jsdelivr.net/npm/@ketahanan/model@${version}/schema.json`,
      title: 'Ketahanan Lokal content document',
      additionalProperties: false,
    });
    expect(shipped.description).toContain('ketahanan validate');
  });

  it('is exported as @ketahanan/model/schema.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(manifest.exports['./schema.json']).toBe('./schema.json');
    expect(manifest.files).toContain('schema.json');
  });
});

describe('JSON Schema and the runtime validator agree', () => {
  it.each(goodDocuments)('both accept $name', ({ document }) => {
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(parseContent(document).ok).toBe(true);
  });

  it.each(badDocuments.filter((bad) => bad.structural))('both reject $name', ({ document }) => {
    expect(validate(document)).toBe(false);
    expect(parseContent(document).ok).toBe(false);
  });

  it.each(badDocuments.filter((bad) => !bad.structural))(
    'only the runtime rejects $name (a reference, a duplicate id, a character only segmentation finds)',
    ({ document }) => {
      expect(validate(document)).toBe(true);
      expect(parseContent(document).ok).toBe(false);
    },
  );
});
