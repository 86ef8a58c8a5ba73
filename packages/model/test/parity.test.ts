/**
 * Both locales describe the same things: same sections, same ids in the same order, same references, and in
 * every text field as many sentences and the same numbers (a sentence added or dropped in translation, or a
 * figure changed, is meaning that drifted from the article).
 */
import { describe, expect, it } from 'vitest';
import { defaultContent, parseContent, type Content } from '../src/index.js';
import { firstHiddenCharacter } from '../src/hidden-characters.js';
import { IDENTIFIERS, leaves } from './content-fields.js';

const id = leaves(defaultContent.id);
const en = leaves(defaultContent.en);

/** The fields people read (not ids or references), with their paths. */
const texts = (all: [string, unknown][]) => all.filter(([path]) => !IDENTIFIERS.test(path));

/** Sentences end at `.`, `!` or `?` (after any closing quote or bracket) followed by a space. */
const sentences = (text: string): number => text.split(/(?<=[.!?][)"'’”]*)\s+(?=\S)/u).length;

/** The numbers a text states in digits, in any order ("1.000" and "1,000" are both 1 and 000). */
const numbers = (text: string): string => (text.match(/\p{Nd}+/gu) ?? []).toSorted().join(', ');

/** How the English of a field says more or less than its Indonesian: other sentences, other numbers. */
function drift(indonesian: string, english: string): string[] {
  const [idSentences, enSentences] = [sentences(indonesian), sentences(english)];
  const [idNumbers, enNumbers] = [numbers(indonesian), numbers(english)];
  return [
    ...(idSentences === enSentences
      ? []
      : [`${String(idSentences)} sentences in id, ${String(enSentences)} in en`]),
    ...(idNumbers === enNumbers ? [] : [`numbers [${idNumbers}] in id, [${enNumbers}] in en`]),
  ];
}

/** The first character of `text` a reader cannot see, or a U+FFFD (a character lost in decoding), and where. */
function unseen(text: string): string | undefined {
  const hidden = firstHiddenCharacter(text);
  if (hidden) return `${hidden.code} at position ${String(hidden.position)}`;
  const replaced = text.indexOf('\ufffd');
  // Counted in code points from 1, as `firstHiddenCharacter` counts.
  const position = Array.from(text.slice(0, replaced)).length + 1;
  return replaced === -1 ? undefined : `U+FFFD at position ${String(position)}`;
}

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

  it('hides no invisible, bidi or zero-width character and no U+FFFD in any string of either locale', () => {
    const strings = [
      ...id.map((leaf) => ['id', ...leaf] as const),
      ...en.map((leaf) => ['en', ...leaf] as const),
    ];
    expect(strings.length).toBeGreaterThan(200);
    const hiding = strings.flatMap(([locale, path, value]) => {
      const found = unseen(String(value));
      return found === undefined ? [] : [`${locale} ${path}: ${found}`];
    });
    expect(hiding).toEqual([]);
  });

  it('translates every sentence (English text is not left in Indonesian)', () => {
    const english = new Map(texts(en));
    // Proper nouns may legitimately stay the same in both languages.
    const same = texts(id).filter(
      ([path, value]) => english.get(path) === value && !/^(Puskesmas|umkm)$/i.test(String(value)),
    );
    expect(same).toEqual([]);
  });

  it('says as much in English as in Indonesian: in every text field, as many sentences and the same numbers', () => {
    const english = new Map(texts(en));
    const fields = texts(id);
    expect(fields.length).toBeGreaterThan(90);
    const drifted = fields.flatMap(([path, value]) =>
      drift(String(value), String(english.get(path))).map((difference) => `${path}: ${difference}`),
    );
    expect(drifted).toEqual([]);
  });

  it.each(['id', 'en'] as const)(
    'the %s defaults pass their own validation with every reference resolved',
    (locale) => {
      const result = parseContent(defaultContent[locale] satisfies Content, { locale });
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );
});
