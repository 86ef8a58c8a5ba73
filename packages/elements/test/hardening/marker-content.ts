import type { ContentTag } from './widgets.js';

/**
 * A small valid document per widget whose text the built-in article never contains, so a test can tell
 * "showed the document it was given" from "fell back to the defaults". `word` goes into every title.
 */
export function markerDocument(tag: ContentTag, word: string): Record<string, unknown> {
  switch (tag) {
    case 'kl-faq-accordion':
      return { faq: [{ id: 'penanda', question: `Pertanyaan ${word}?`, answer: `Jawaban ${word}.` }] };
    case 'kl-partner-cards':
      return { partners: [{ id: 'penanda', name: `Mitra ${word}`, sector: 'swasta' }] };
    case 'kl-challenge-explorer':
    case 'kl-principle-checklist':
      return {
        principles: [
          { id: 'prinsip', title: `Prinsip ${word}`, description: `Uraian ${word}.`, prevents: 'tantangan' },
        ],
        challenges: [
          {
            id: 'tantangan',
            title: `Tantangan ${word}`,
            description: `Uraian ${word}.`,
            solution: `Solusi ${word}.`,
            principle: 'prinsip',
          },
        ],
      };
  }
}

/** `/__kl/json` serving `document`; `extra` adds query parameters (`&cors=1`, `&delay=200`). */
export function jsonUrl(document: unknown, extra = ''): string {
  return `/__kl/json?body=${encodeURIComponent(JSON.stringify(document))}${extra}`;
}

/** `/__kl/typed` serving `document` with `Content-Type: type` (none when undefined); `extra` as for jsonUrl. */
export function typedUrl(document: unknown, type: string | undefined, extra = ''): string {
  const query = new URLSearchParams({ body: JSON.stringify(document) });
  if (type !== undefined) query.set('type', type);
  return `/__kl/typed?${query.toString()}${extra}`;
}

/** The same test server seen from another origin: 127.0.0.1 when the page is on localhost, and back. */
export function otherOrigin(path: string): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}${path}`;
}
