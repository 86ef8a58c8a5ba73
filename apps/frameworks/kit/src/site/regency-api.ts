// Stands in for the regency's content API: the apps fetch their FAQ after they are on the page, the way a
// real app loads data, so the elements get their `content` property after they were created.
import type { ContentDocument, Locale } from '@ketahanan/model';
import { brokenFaq, regencyFaq } from './regency-content.js';

/** Which FAQ the server sends: the first one, the later one with one more question, or a broken one. */
export type FaqEdition = 'first' | 'latest' | 'broken';

/** Resolves in a later task with a new document object, like a response from the network. */
export function fetchRegencyFaq(locale: Locale, edition: FaqEdition): Promise<ContentDocument> {
  const document = edition === 'broken' ? brokenFaq() : regencyFaq(locale, edition === 'first' ? 1 : 2);
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve(document);
    }, 0);
  });
}
