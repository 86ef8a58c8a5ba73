import { describe, expect, it } from 'vitest';
import { checkLanguagePack, looksLikeLanguagePack } from '../src/index.js';
import { languagePackJsonSchema } from '../src/language-pack/language-pack-schema.js';

/** Shaped like the elements' Indonesian strings: text, a counted string, a nested group. */
const reference = {
  faq: { showAll: 'Buka semua', hideAll: 'Tutup semua' },
  checklist: { progress: { other: '{count} dari {total} prinsip terpenuhi' } },
  cards: { contributions: { sdm: 'SDM' } },
};

const javanese = {
  $schema: 'https://cdn.jsdelivr.net/npm/@ketahanan/model/language-pack.schema.json',
  lang: 'jv',
  name: 'Basa Jawa (example)',
  messages: {
    faq: { showAll: 'Bukak kabèh', hideAll: 'Tutup kabèh' },
    checklist: { progress: { other: '{count} saka {total} prinsip' } },
    cards: { contributions: { sdm: 'SDM' } },
  },
};

const problemsOf = (document: unknown, locale: 'id' | 'en' = 'en') =>
  checkLanguagePack(document, reference, locale).problems.map(({ path, message }) => `${path}: ${message}`);

describe('checking a language pack', () => {
  it('accepts a complete pack and counts its strings', () => {
    expect(checkLanguagePack(javanese, reference, 'en')).toEqual({ problems: [], strings: 4, lang: 'jv' });
  });

  it('tells a pack from a content document', () => {
    expect(looksLikeLanguagePack(javanese)).toBe(true);
    expect(looksLikeLanguagePack({ faq: [] })).toBe(false);
  });

  it('names a missing key of a new language, and the fallback that fills it', () => {
    const faq = { showAll: javanese.messages.faq.showAll };
    expect(problemsOf({ ...javanese, fallback: 'en', messages: { ...javanese.messages, faq } })).toEqual([
      'messages.faq.hideAll: This string is missing; the one from en is shown instead.',
    ]);
  });

  it('lets a pack for a built-in language or its variant override only some strings', () => {
    expect(
      problemsOf({ lang: 'en-AU', fallback: 'en', messages: { faq: { showAll: 'Show the lot' } } }),
    ).toEqual([]);
  });

  it('reports unknown keys, wrong kinds and unknown placeholders with their paths, in both locales', () => {
    const bad = {
      lang: 'id',
      colour: 'red',
      messages: {
        faq: { showAl: 'x', hideAll: { other: 'x' } },
        cards: 'x',
        checklist: { progress: '{jumlah}' },
      },
    };
    expect(problemsOf(bad)).toEqual([
      'colour: Unknown field colour; a pack has: $schema, lang, fallback, name, messages.',
      'messages.faq.showAl: Unknown key showAl; check the spelling.',
      'messages.faq.hideAll: Must be text.',
      'messages.cards: Must be an object of strings.',
      'messages.checklist.progress: Unknown placeholder {jumlah}; available: {count}, {total}.',
    ]);
    expect(problemsOf(bad, 'id')[1]).toBe(
      'messages.faq.showAl: Kunci showAl tidak dikenal; periksa ejaannya.',
    );
  });

  it('asks for exactly the plural forms the language uses', () => {
    const plural = (lang: string, progress: object) =>
      problemsOf({ lang, fallback: 'en', messages: { checklist: { progress } } });
    expect(plural('en-GB', { one: '{count} of {total}', other: '{count} of {total}' })).toEqual([]);
    expect(plural('en-GB', { other: '{count} of {total}' })).toEqual([
      'messages.checklist.progress: The plural form one is needed in en-GB.',
    ]);
    expect(plural('id', { one: 'satu', other: '{count}' })).toEqual([
      'messages.checklist.progress.one: The plural form one is not used in id; it uses: other.',
    ]);
  });

  it('rejects a pack without a valid lang or messages', () => {
    expect(problemsOf([])).toEqual([': A language pack must be an object with "lang" and "messages".']);
    expect(problemsOf({ lang: 'not a tag!', messages: {} })).toEqual([
      'lang: Must be a BCP 47 language tag, such as "jv" or "en-AU".',
    ]);
  });

  it('ships a JSON Schema that requires lang and messages', () => {
    const schema = languagePackJsonSchema('1.2.3') as { required: string[]; $id: string };
    expect(schema.required).toEqual(['lang', 'messages']);
    expect(schema.$id).toContain('@ketahanan/model@1.2.3/language-pack.schema.json');
  });
});
