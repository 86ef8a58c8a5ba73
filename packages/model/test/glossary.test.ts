/**
 * One glossary, in the README, and the English content follows it: wherever the Indonesian text of a field
 * says a glossary term, the English text of the same field says one of its translations. The table is read
 * from the README itself, so the documented glossary and the checked one cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../src/index.js';
import { IDENTIFIERS, leaves } from './content-fields.js';

interface Term {
  /** The Indonesian forms, lower case ("kerja sama", "kerjasama"). */
  readonly id: readonly string[];
  /** The English forms, lower case; the English text must hold one of them. */
  readonly en: readonly string[];
}

function readGlossary(): Term[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = /<!-- glossary:start -->([\s\S]*?)<!-- glossary:end -->/.exec(readme)?.[1] ?? '';
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(?:-|Bahasa Indonesia)/.test(line))
    .map((line) => {
      const [id = '', en = ''] = line.split('|').slice(1, 3);
      const forms = (cell: string) => cell.split(' / ').map((form) => form.trim().toLowerCase());
      return { id: forms(id), en: forms(en) };
    });
}

const glossary = readGlossary();
const longer = (form: string) =>
  glossary.flatMap((term) => term.id).filter((other) => other !== form && other.includes(form));

/** Whether the Indonesian `text` says `form` as a word of its own, not inside a longer glossary term. */
function says(text: string, form: string): boolean {
  let rest = text.toLowerCase();
  for (const other of longer(form)) rest = rest.replaceAll(other, ' ');
  return new RegExp(`(?<!\\p{L})${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(rest);
}

const english = new Map(leaves(defaultContent.en));
const fields = leaves(defaultContent.id).filter(
  (leaf): leaf is [string, string] => typeof leaf[1] === 'string' && !IDENTIFIERS.test(leaf[0]),
);

describe('the glossary', () => {
  it('is in the README, with the terms the issue named', () => {
    const terms = glossary.flatMap((term) => term.id);
    for (const term of ['kemitraan', 'pihak', 'ketahanan lokal', 'lsm', 'puskesmas', 'umkm', 'magang']) {
      expect(terms).toContain(term);
    }
    expect(terms).toContain('sekolah menengah kejuruan');
    expect(terms).toEqual(expect.arrayContaining(['praktik baik', 'praktik terbaik']));
  });

  it.each(glossary.map((term) => [term.id.join(' / '), term] as const))(
    'translates “%s” the same way everywhere in the English content',
    (_name, term) => {
      const saidIn = fields.filter(([, text]) => term.id.some((form) => says(text, form)));
      const astray = saidIn
        .filter(([path]) => !term.en.some((form) => String(english.get(path)).toLowerCase().includes(form)))
        .map(([path]) => `${path}: ${String(english.get(path))}`);
      expect(astray).toEqual([]);
    },
  );

  it('finds every term somewhere in the content (a term no field says is not checked by anything)', () => {
    const unused = glossary.filter(
      (term) => !fields.some(([, text]) => term.id.some((form) => says(text, form))),
    );
    expect(unused.map((term) => term.id.join(' / '))).toEqual([]);
  });
});
