/**
 * The 10,000-item documents of the time-limit tests: the most any section may hold (the model's MAX_ITEMS),
 * valid, and the same many items each wrong twice over (a bad id and an empty text: 20,000 problems).
 */
import { MAX_ITEMS } from '@ketahanan/model';
import { generatedPartners } from '../content-server.js';
import type { ContentTag, ContentWidget } from './widgets.js';

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

/** `count` valid items a list (10,000 unless told), for `tag`. */
export function manyItems(tag: ContentTag, count = MAX_ITEMS): Record<string, unknown> {
  switch (tag) {
    case 'kl-faq-accordion':
      return {
        faq: ids('tanya', count).map((id, index) => ({
          id,
          question: `Pertanyaan nomor ${index}?`,
          answer: `Jawaban nomor ${index}.`,
        })),
      };
    case 'kl-partner-cards':
      return generatedPartners(count);
    case 'kl-challenge-explorer':
    case 'kl-principle-checklist':
      return {
        principles: ids('prinsip', count).map((id, index) => ({
          id,
          title: `Prinsip ${index}`,
          description: `Uraian prinsip ${index}.`,
          prevents: `tantangan-${index}`,
        })),
        challenges: ids('tantangan', count).map((id, index) => ({
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

/** The ways a page gives a widget its document. */
export const SOURCES = ['property', 'inline', 'src'] as const;

/**
 * Prepares what a page would hold to give a widget `document` by `source`, and returns the giving: the
 * `content` property set from script; a `<script type="application/json">` added to the widget; a JSON
 * file as `src` (a blob URL of the text stands for a fast server: the network is not under test). The
 * JSON is written beforehand, so a measurement of the giving measures the widget, not the page.
 */
export function giving(source: (typeof SOURCES)[number], document: object): (widget: ContentWidget) => void {
  if (source === 'property')
    return (widget) => {
      widget.content = document;
    };
  const text = JSON.stringify(document);
  if (source === 'inline') {
    const script = Object.assign(window.document.createElement('script'), {
      type: 'application/json',
      textContent: text,
    });
    return (widget) => {
      widget.append(script);
    };
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  return (widget) => {
    widget.src = url;
  };
}
