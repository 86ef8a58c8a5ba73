import { describe, expect, it } from 'vitest';
import {
  fieldsMissingALanguage,
  localizeFields,
  parseContent,
  parseSections,
  faqSection,
} from '../src/index.js';

/** A site's own FAQ in one file for its Indonesian and English pages; one answer only in Indonesian. */
const bilingual = {
  faq: [
    {
      id: 'jam-layanan',
      question: { id: 'Kapan kantor buka?', en: 'When is the office open?' },
      answer: { id: 'Senin sampai Jumat.' },
    },
  ],
};

describe('one content file for a bilingual site', () => {
  it('shows each text field in the page’s language, and the other language where one is missing', () => {
    const id = parseSections(bilingual, [faqSection], { locale: 'id' });
    const en = parseSections(bilingual, [faqSection], { locale: 'en' });
    expect(id.ok && id.content.faq[0]).toEqual({
      id: 'jam-layanan',
      question: 'Kapan kantor buka?',
      answer: 'Senin sampai Jumat.',
    });
    expect(en.ok && en.content.faq[0]).toMatchObject({
      question: 'When is the office open?',
      answer: 'Senin sampai Jumat.',
    });
  });

  it('keeps single-language documents as they are, and an item with only an id in a list an item', () => {
    expect(localizeFields({ faq: [{ id: 'a', question: 'Q', answer: 'A' }] }, 'en')).toEqual({
      faq: [{ id: 'a', question: 'Q', answer: 'A' }],
    });
    const result = parseContent({ faq: [{ id: 'a' }] }, { locale: 'en' });
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual([
      'faq[0].question',
      'faq[0].answer',
    ]);
  });

  it('reports a wrong language text where it is, and lists the fields lacking a language', () => {
    const result = parseContent({ faq: [{ id: 'a', question: { id: '' }, answer: 'A' }] }, { locale: 'en' });
    expect(!result.ok && result.problems[0]?.path).toBe('faq[0].question');
    expect(fieldsMissingALanguage(bilingual)).toEqual([{ path: 'faq[0].answer', missing: ['en'] }]);
  });
});
