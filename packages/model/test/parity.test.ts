/** Both locales describe the same things: same sections, same ids in the same order, same references. */
import { describe, expect, it } from 'vitest';
import { defaultContent, parseContent, type Content } from '../src/index.js';
import { IDENTIFIERS, leaves } from './content-fields.js';

const id = leaves(defaultContent.id);
const en = leaves(defaultContent.en);

describe('parity of the id and en content', () => {
  it('has exactly the same fields, in the same places', () => {
    expect(en.map(([path]) => path)).toEqual(id.map(([path]) => path));
  });

  it('has the same ids, references and contribution kinds', () => {
    const pick = (all: [string, unknown][]) => all.filter(([path]) => IDENTIFIERS.test(path));
    expect(pick(en)).toEqual(pick(id));
    expect(pick(id).length).toBeGreaterThan(50);
  });

  it('has no empty or padded text in either locale', () => {
    for (const [path, value] of [...id, ...en]) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).toBe(value);
      expect(value, path).not.toBe('');
    }
  });

  it('translates every sentence (English text is not left in Indonesian)', () => {
    const text = (all: [string, unknown][]) => all.filter(([path]) => !IDENTIFIERS.test(path));
    const english = new Map(text(en));
    // Proper nouns may legitimately stay the same in both languages.
    const same = text(id).filter(
      ([path, value]) => english.get(path) === value && !/^(Puskesmas|umkm)$/i.test(String(value)),
    );
    expect(same).toEqual([]);
  });

  it.each(['id', 'en'] as const)(
    'the %s defaults pass their own validation with every reference resolved',
    (locale) => {
      const result = parseContent(defaultContent[locale] satisfies Content, { locale });
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );
});
