import type { FaqItem } from '@ketahanan/model';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

/** Undefined until first needed; null where Trusted Types are absent or our policy name is not allowed. */
let policy: ScriptPolicy | null | undefined;

/**
 * Puts JSON text into a script element without tripping Trusted Types (`require-trusted-types-for
 * 'script'`): through a policy of our own when the page allows it (it only ever sees our JSON.stringify
 * output and stays private to this module), else as a text node, which is never executed either way.
 */
function writeJson(script: HTMLScriptElement, json: string): void {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy('ketahanan-json-ld', { createScript: (text) => text }) ?? null;
    } catch {
      policy = null; // A `trusted-types` allow-list without our name.
    }
  }
  if (policy) script.text = policy.createScript(json) as string;
  else script.replaceChildren(json);
}

/** What each accordion with `structured-data` currently shows. */
const published = new Map<object, readonly FaqItem[]>();
let script: HTMLScriptElement | undefined;

/**
 * Keeps ONE schema.org `FAQPage` JSON-LD block in `document.head` for every accordion on the page that
 * asked for it (search engines expect one FAQPage per page), and removes it when the last one leaves.
 * Pass `undefined` to withdraw an owner's items.
 *
 * JSON-LD is a data block the browser never executes, so a strict `script-src` is not involved.
 */
export function publishFaq(owner: object, items: readonly FaqItem[] | undefined): void {
  if (items) published.set(owner, items);
  else if (!published.delete(owner)) return;
  if (!published.size) {
    script?.remove();
    script = undefined;
    return;
  }
  // Keyed by question: two accordions showing the same FAQ must not list it twice.
  const questions = new Map<string, string>();
  for (const list of published.values()) for (const item of list) questions.set(item.question, item.answer);
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
  writeJson(script, json.replace(/</g, '\\u003c'));
  if (!script.isConnected) document.head.append(script);
}
