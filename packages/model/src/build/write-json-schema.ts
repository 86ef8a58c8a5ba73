/** Build step: writes `schema.json` at the package root, where the `./schema.json` export points. */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentJsonSchema } from './json-schema.js';

const packageRoot = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
  version: string;
};
writeFileSync(
  new URL('schema.json', packageRoot),
  `${JSON.stringify(contentJsonSchema(version), null, 2)}\n`,
);
