/**
 * A character stacked from more code points than any real one (a letter under a heap of marks, a run of
 * skin tones, a run of jamo) is one unbreakable box as wide as all of them: refused in any text field, with
 * its place and size named in the reader's language; every real character of real writing is accepted.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_CHARACTER_CODE_POINTS, parseContent, type Problem } from '../src/index.js';

const shipped = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as object;
const schemaAccepts = new Ajv({ allErrors: true, strict: true }).compile(shipped);

const faqWith = (answer: string) => ({ faq: [{ id: 'tanya', question: 'Apa itu?', answer }] });

function problemsOf(document: unknown, locale: 'id' | 'en' = 'en'): readonly Problem[] {
  const result = parseContent(document, { locale });
  return result.ok ? [] : result.problems;
}

/** `base` and `count` more code points that stack on it. */
const stacked = (base: string, mark: string, count: number) => base + mark.repeat(count);

/** Characters of real writing with the most code points each, and whole phrases around them. */
const REAL_TEXT = {
  'a family with four skin tones (11 code points)': '🧑🏻‍🧑🏼‍🧒🏽‍🧒🏾',
  'a kiss with two skin tones (10)': '🧑🏻‍❤️‍💋‍🧑🏼',
  "Scotland's flag (7)": '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'a keycap (3)': '1️⃣',
  'a Sanskrit conjunct': 'कार्त्स्न्य',
  Vietnamese: 'Tiếng Việt có dấu: người, những, được',
  Thai: 'ความยืดหยุ่นของท้องถิ่น ที่นี่',
  'Korean written in jamo (decomposed, as macOS file names are)': '지역 회복력'.normalize('NFD'),
  Hebrew: 'בְּרֵאשִׁ֖ית בָּרָ֣א',
  Arabic: 'مُجْتَمَعٌ مَحَلِّيٌّ',
  'the limit exactly: a letter and 11 marks': stacked('e', '\u0301', MAX_CHARACTER_CODE_POINTS - 1),
};

describe('text stacked within the limit', () => {
  it.each(Object.entries(REAL_TEXT))('accepts %s, in the validator and the JSON Schema', (_name, text) => {
    expect(problemsOf(faqWith(`Kata ${text} di tengah kalimat.`))).toEqual([]);
    expect(schemaAccepts(faqWith(text))).toBe(true);
  });
});

describe('a character stacked past the limit', () => {
  it.each([
    ['a letter and 12 marks', stacked('e', '\u0301', MAX_CHARACTER_CODE_POINTS), 5, 13],
    ['a Thai consonant and 30 vowel marks', stacked('ก', '\u0E31', 30), 5, 31],
    // With no letter of their own, the marks stack on the space before them (Unicode's segmentation).
    ['thousands of marks with no letter', '\u{10D69}'.repeat(5_000), 4, 5_001],
    ['a hand and 12 skin tones', stacked('👋', '\u{1F3FB}', MAX_CHARACTER_CODE_POINTS), 5, 13],
  ])('refuses %s, in the validator and the JSON Schema', (_name, character, position, size) => {
    const answer = `Ada ${character} di sini.`;
    expect(problemsOf(faqWith(answer))).toEqual([
      {
        path: 'faq[0].answer',
        message: `The character at position ${String(position)} stacks ${size.toLocaleString('en')} code points (at most 12); remove some marks.`,
      },
    ]);
    expect(schemaAccepts(faqWith(answer))).toBe(false);
  });

  it('refuses a run of 13 leading jamo, one syllable block no font draws (the validator; a pattern cannot)', () => {
    const [problem] = problemsOf(faqWith(`가 ${'\u1100'.repeat(13)}`));
    expect(problem?.message).toContain('at position 3 stacks 13 code points');
  });

  it('says so in Indonesian, counting its place in code points (an emoji before it is one)', () => {
    expect(problemsOf(faqWith(`🌾 ${stacked('a', '\u0308', 20)}`), 'id')).toEqual([
      {
        path: 'faq[0].answer',
        message: 'Karakter di posisi 3 bertumpuk 21 titik kode (paling banyak 12); hapus sebagian tandanya.',
      },
    ]);
  });

  it('is refused in every kind of text field, each named by its path', () => {
    const heap = stacked('o', '\u0336', 40);
    const problems = problemsOf({
      meta: { title: heap, lead: 'Pembuka.' },
      partners: [{ id: 'mitra', name: `Mitra ${heap}`, sector: 'komunitas-lokal' }],
      sectors: [{ id: 'komunitas-lokal', name: 'Komunitas' }],
    });
    expect(problems.map((problem) => problem.path)).toEqual(['meta.title', 'partners[0].name']);
  });
});

describe('where the browser has no Intl.Segmenter (Firefox before 125)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("accepts the text, as the README's browser table says, rather than guess at characters", () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    expect(problemsOf(faqWith(`Ada ${stacked('e', '\u0301', 40)} di sini.`))).toEqual([]);
  });
});
