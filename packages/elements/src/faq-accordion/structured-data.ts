import type { FaqItem } from '@ketahanan/model';

/** What each accordion with `structured-data` currently shows. */
const published = new Map<object, readonly FaqItem[]>();
let script: HTMLScriptElement | undefined;

/**
 * Keeps ONE schema.org `FAQPage` JSON-LD block in `document.head` for every accordion on the page that
 * asked for it (search engines expect one FAQPage per page), and removes it when the last one leaves.
 * Pass `undefined` to withdraw an owner's items.
 *
 * JSON-LD is a data block the browser never executes, so a strict `script-src` is not involved; the text
 * goes in as a text node (not `textContent =`), which Trusted Types allow for non-executed scripts.
 */
export function publishFaq(owner: object, items: readonly FaqItem[] | undefined): void {
  if (items) published.set(owner, items);
  else if (!published.delete(owner)) return;
  if (!published.size) {
    script?.remove();
    script = undefined;
    return;
  }
  const questions = new Map<string, string>();
  for (const list of published.values()) {
    for (const item of list) if (!questions.has(item.question)) questions.set(item.question, item.answer);
  }
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [...questions].map(([name, text]) => ({
      '@type': 'Question',
      name,
      acceptedAnswer: { '@type': 'Answer', text },
    })),
  });
  script ??= document.createElement('script');
  script.type = 'application/ld+json';
  // `<` escaped so the block stays intact if the page is ever serialized back to HTML.
  script.replaceChildren(json.replace(/</g, '\\u003c'));
  if (!script.isConnected) document.head.append(script);
}
