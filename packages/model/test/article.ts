/**
 * The article text file itself (never a copy), found beside the repository: `/work/shared/content/…` on a
 * workstation where the clone is `/work/main`, or `<clone>/../shared/content/…` in CI. We look in every
 * ancestor of this file for `shared/content/<name>`, so neither layout needs configuration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTICLE = join('shared', 'content', 'artikel-ketahanan-lokal.id.txt');

export function findArticle(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, ARTICLE);
    if (existsSync(candidate)) return candidate;
    if (dir === parse(dir).root) {
      throw new Error(`The article ${ARTICLE} was not found in any folder above ${start}.`);
    }
  }
}

export function readArticle(): string {
  return readFileSync(findArticle(), 'utf8');
}
