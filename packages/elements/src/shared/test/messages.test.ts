import { describe, expect, it } from 'vitest';
import { LOCALES, formatMessage, type Locale } from '@ketahanan/model';
import {
  cardsMessages,
  checklistMessages,
  commonMessages,
  explorerMessages,
  faqMessages,
  messagesFor,
} from '../messages/index.js';

/** Every key path of a catalogue, e.g. `cards.contributions.sdm`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

/** What a lookup reads from an element with no packs and no `messages` of its own. */
const host = (locale: Locale) => ({ locale, languagePacks: [] });

describe('UI strings', () => {
  it('has every key of the Indonesian catalogue in every locale, none empty', () => {
    const expected = keyPaths(messagesFor('id')).filter((path) => !/\.one$/.test(path));
    for (const locale of LOCALES) {
      const paths = keyPaths(messagesFor(locale));
      expect(paths, `keys of ${locale}`).toEqual(expect.arrayContaining(expected));
      for (const path of paths) {
        const text = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messagesFor(locale));
        expect(typeof text === 'string' && text.trim().length > 0, `${locale}: ${path} is empty`).toBe(true);
      }
    }
  });

  it('gives each element the common strings and its own section of the locale asked for', () => {
    for (const locale of LOCALES) {
      const all = messagesFor(locale);
      expect(commonMessages(host(locale))).toEqual({ common: all.common });
      expect(faqMessages(host(locale))).toEqual({ common: all.common, faq: all.faq });
      expect(explorerMessages(host(locale))).toEqual({ common: all.common, explorer: all.explorer });
      expect(checklistMessages(host(locale))).toEqual({ common: all.common, checklist: all.checklist });
      expect(cardsMessages(host(locale))).toEqual({ common: all.common, cards: all.cards });
    }
    expect(faqMessages(host('en')).faq.showAll).toBe('Show all');
    expect(faqMessages(host('id')).faq.showAll).toBe('Buka semua');
  });

  it('takes the same placeholders in every locale', () => {
    const placeholders = (message: unknown) =>
      [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const byMessage = (locale: (typeof LOCALES)[number]) => {
      const messages = messagesFor(locale) as unknown as Record<string, Record<string, unknown>>;
      return Object.entries(messages).flatMap(([section, texts]) =>
        Object.entries(texts).map(([key, text]) => [
          `${section}.${key}`,
          [...new Set(placeholders(text))].sort(),
        ]),
      );
    };
    for (const locale of LOCALES) expect(byMessage(locale), locale).toEqual(byMessage('id'));
  });

  it('uses the plural form Intl.PluralRules picks for the count', () => {
    const progress = messagesFor('en').checklist.progress;
    expect(formatMessage('en', progress, { count: 1, total: 4 })).toBe('1 of 4 principle in place');
    expect(formatMessage('en', progress, { count: 2, total: 4 })).toBe('2 of 4 principles in place');
    expect(formatMessage('id', messagesFor('id').checklist.progress, { count: 1, total: 4 })).toBe(
      '1 dari 4 prinsip terpenuhi',
    );
  });
});
