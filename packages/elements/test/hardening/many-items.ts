/**
 * The 10,000-item documents of the time-limit tests: the most any section may hold (the model's MAX_ITEMS),
 * valid, and the same many items each wrong twice over (a bad id and an empty text: 20,000 problems).
 */
import { MAX_ITEMS } from '@ketahanan/model';
import { generatedPartners } from '../content-server.js';
import type { ContentTag } from './widgets.js';

const ids = (prefix: string) => Array.from({ length: MAX_ITEMS }, (_, index) => `${prefix}-${index}`);

export function manyItems(tag: ContentTag): Record<string, unknown> {
  switch (tag) {
    case 'kl-faq-accordion':
      return {
        faq: ids('tanya').map((id, index) => ({
          id,
          question: `Pertanyaan nomor ${index}?`,
          answer: `Jawaban nomor ${index}.`,
        })),
      };
    case 'kl-partner-cards':
      return generatedPartners(MAX_ITEMS);
    case 'kl-challenge-explorer':
    case 'kl-principle-checklist':
      return {
        principles: ids('prinsip').map((id, index) => ({
          id,
          title: `Prinsip ${index}`,
          description: `Uraian prinsip ${index}.`,
          prevents: `tantangan-${index}`,
        })),
        challenges: ids('tantangan').map((id, index) => ({
          id,
          title: `Tantangan ${index}`,
          description: `Uraian tantangan ${index}.`,
          solution: `Solusi ${index}.`,
          principle: `prinsip-${index}`,
        })),
      };
  }
}

/** `manyItems` with every item's id made invalid and one text emptied: two problems an item. */
export function manyInvalidItems(tag: ContentTag): Record<string, unknown> {
  const spoil = (items: unknown, text: string) =>
    (items as Record<string, unknown>[]).map((item) => ({ ...item, id: 'Bukan Id!', [text]: ' ' }));
  const valid = manyItems(tag);
  switch (tag) {
    case 'kl-faq-accordion':
      return { faq: spoil(valid.faq, 'answer') };
    case 'kl-partner-cards':
      return { partners: spoil(valid.partners, 'name') };
    case 'kl-challenge-explorer':
    case 'kl-principle-checklist':
      return { ...valid, challenges: spoil(valid.challenges, 'title') };
  }
}
