import { parseContent, type Locale } from '@ketahanan/model';
import { describe, expect, it } from 'vitest';
import { brokenFaq, regencyFaq, regencyPartners, sortPartners } from '../src/site/index.js';

describe.each<Locale>(['id', 'en'])('the regency content the apps bind, in %s', (locale) => {
  it.each([1, 2] as const)(
    'FAQ edition %i is valid content, with one more question in edition 2',
    (edition) => {
      const result = parseContent(regencyFaq(locale, edition), { locale });
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(regencyFaq(locale, edition).faq).toHaveLength(edition + 1);
    },
  );

  it('gives a new object on every call, as fetched data would be', () => {
    expect(regencyFaq(locale, 1)).not.toBe(regencyFaq(locale, 1));
  });

  it('has valid partners, each with a description in this language', () => {
    const partners = regencyPartners(locale);
    const result = parseContent({ partners }, { locale });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(partners.every((partner) => partner.description)).toBe(true);
  });
});

describe('the broken FAQ', () => {
  it('is refused at faq[0].id, where the apps expect the error', () => {
    const result = parseContent(brokenFaq());
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['faq[0].id']);
  });
});

describe('sortPartners', () => {
  it('sorts by name either way without changing its input', () => {
    const partners = regencyPartners('id');
    const names = (order: 'a-z' | 'z-a') => sortPartners(partners, order).map((partner) => partner.name);
    expect(names('a-z')).toEqual([
      'Bappeda Kabupaten Sukamaju',
      'Koperasi Tani Makmur',
      'Yayasan Air Bersih Nusantara',
    ]);
    expect(names('z-a')).toEqual([...names('a-z')].reverse());
    expect(partners.map((partner) => partner.id)).toEqual([
      'bappeda-sukamaju',
      'koperasi-tani-makmur',
      'yayasan-air-bersih',
    ]);
  });
});
