/**
 * A partner's `url` and `logo`: an address that hides a control or invisible character is refused, by the
 * runtime validator and by the shipped JSON Schema alike, with the character and its place named in the
 * reader's language. Stripped by a CMS, a shell or an editor, such an address would become `javascript:`.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseContent, type Problem } from '../src/index.js';
import { hiddenCharacterUrls } from './corpus.js';

const partner = { id: 'koperasi-tani', name: 'Koperasi Tani Makmur', sector: 'komunitas-lokal' };
const shipped = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as object;
const schemaAccepts = new Ajv({ allErrors: true, strict: true }).compile(shipped);

function problemsOf(document: unknown, locale: 'id' | 'en'): readonly Problem[] {
  const result = parseContent(document, { locale });
  return result.ok ? [] : result.problems;
}

describe.each(['url', 'logo'] as const)('a partner %s', (field) => {
  it(`is refused, at partners[0].${field}, when it hides any control or invisible character anywhere`, () => {
    const wrong: string[] = [];
    for (const url of hiddenCharacterUrls) {
      const problems = problemsOf({ partners: [{ ...partner, [field]: url }] }, 'en');
      const [problem] = problems;
      if (
        problems.length !== 1 ||
        problem?.path !== `partners[0].${field}` ||
        !/U\+[0-9A-F]{4,5}/.test(problem.message)
      )
        wrong.push(`${JSON.stringify(url)}: ${JSON.stringify(problems)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is refused by the shipped JSON Schema too, so an editor marks it while typing', () => {
    const accepted = hiddenCharacterUrls.filter((url) =>
      schemaAccepts({ partners: [{ ...partner, [field]: url }] }),
    );
    expect(accepted.map((url) => JSON.stringify(url))).toEqual([]);
  });
});

describe('the problem with a hidden character', () => {
  const document = {
    partners: [
      partner,
      { ...partner, id: 'bank-desa', url: 'https://bank.example/' },
      {
        ...partner,
        id: 'bumdes',
        url: 'javascript\u0000:alert(1)',
        logo: 'https://bumdes.example/\u200blogo.png',
      },
    ],
  };

  it.each([
    [
      'id',
      (code: string, place: number) =>
        `Berisi karakter tak terlihat ${code} di posisi ${String(place)}; hapus karakter itu.`,
    ],
    [
      'en',
      (code: string, place: number) =>
        `Contains the invisible character ${code} at position ${String(place)}; remove it.`,
    ],
  ] as const)('names the character and its place (%s)', (locale, message) => {
    expect(problemsOf(document, locale)).toEqual([
      { path: 'partners[2].url', message: message('U+0000', 11) },
      { path: 'partners[2].logo', message: message('U+200B', 24) },
    ]);
  });

  it('counts its place in code points, as editors count columns: an emoji before it is one', () => {
    const [problem] = problemsOf({ partners: [{ ...partner, url: 'https://x.example/🌾\u202e' }] }, 'en');
    expect(problem?.message ?? 'accepted').toContain('U+202E at position 20');
  });

  it('names a character outside the Basic Multilingual Plane by its whole code point', () => {
    const [problem] = problemsOf({ partners: [{ ...partner, url: 'https://x.example/\u{e0041}' }] }, 'en');
    expect(problem?.message ?? 'accepted').toContain('U+E0041 at position 19');
  });
});

describe('addresses that are fine', () => {
  it.each([
    'https://desa.example.id/mitra',
    '  https://desa.example.id/mitra?q=a b  ',
    'mailto:info@desa.example.id',
    'tel:+62 274 123456',
    '/logo/koperasi tani.png',
    'https://désa.example/ruang publik',
  ])('are accepted as before: %j', (url) => {
    expect(problemsOf({ partners: [{ ...partner, url, logo: url }] }, 'en')).toEqual([]);
    expect(schemaAccepts({ partners: [{ ...partner, url, logo: url }] })).toBe(true);
  });
});
