import { describe, expect, it } from 'vitest';
import {
  challengesHeaderSection,
  challengesSection,
  faqHeaderSection,
  faqSection,
  parseSections,
  partnershipsHeaderSection,
  partnershipsSection,
  partnersSection,
  principlesHeaderSection,
  principlesSection,
  sectorsSection,
  type Section,
} from '@ketahanan/model';
import { builtInContent, matchBuiltIn } from '../built-in-content.js';

/** The sections each element reads, as its constructor names them. */
const ELEMENT_SECTIONS: Record<string, readonly Section[]> = {
  'kl-faq-accordion': [faqSection, faqHeaderSection],
  'kl-challenge-explorer': [challengesSection, challengesHeaderSection, principlesSection],
  'kl-principle-checklist': [principlesSection, principlesHeaderSection, challengesSection],
  'kl-partner-cards': [partnershipsSection, partnershipsHeaderSection, partnersSection, sectorsSection],
};

describe('builtInContent', () => {
  describe.each(Object.entries(ELEMENT_SECTIONS))('for <%s>', (_, sections) => {
    it.each(['id', 'en'] as const)('is what validating an empty document gives (%s)', (locale) => {
      const parsed = parseSections({}, sections, { locale });
      expect(parsed.ok && parsed.content).toEqual(builtInContent(sections, locale));
    });
  });

  it('never runs a section’s schema', () => {
    const refusing = {
      ...faqSection,
      schema: new Proxy(faqSection.schema, {
        get() {
          throw new Error('the schema was used');
        },
      }),
    };
    expect(builtInContent([refusing], 'en').faq).toBe(faqSection.defaults.en);
  });
});

describe('matchBuiltIn', () => {
  const sections = [faqSection, faqHeaderSection];

  it.each(['id', 'en'] as const)('finds the built-in FAQ of %s given back by a page', (locale) => {
    const fromMarkup = { faq: structuredClone(faqSection.defaults[locale]), opened: [] };
    expect(matchBuiltIn(sections, fromMarkup)).toEqual({ locale, provided: ['faq'] });
  });

  it('finds nothing in a page’s own questions, one changed word or a mix of languages', () => {
    const changed = structuredClone(faqSection.defaults.id);
    changed[0] = { ...changed[0], answer: `${changed[0]?.answer ?? ''} ` } as (typeof changed)[number];
    const mixed = { faq: faqSection.defaults.id, faqHeader: faqHeaderSection.defaults.en };
    for (const document of [{ faq: changed }, mixed, { faq: [] }, {}, null, 'faq'])
      expect(matchBuiltIn(sections, document)).toBeUndefined();
  });
});
