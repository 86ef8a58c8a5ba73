/**
 * Build step: writes `schema.json` and `language-pack.schema.json` at the package root, where their exports
 * point.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentJsonSchema } from './json-schema.js';
import { languagePackJsonSchema } from '../language-pack/language-pack-schema.js';

const packageRoot = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
  version: string;
};
writeFileSync(
  new URL('schema.json', packageRoot),
  `${JSON.stringify(contentJsonSchema(version), null, 2)}\n`,
);
writeFileSync(
  new URL('language-pack.schema.json', packageRoot),
  `${JSON.stringify(languagePackJsonSchema(version), null, 2)}\n`,
);
