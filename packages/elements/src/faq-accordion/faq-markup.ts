import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqItem } from '@ketahanan/model';

/** The FAQ a page wrote as `<details>` children, read once per change of the light DOM. */
export interface DetailsItems {
  readonly items: readonly FaqItem[];
  /** Ids of the items whose `<details>` had `open`. */
  readonly opened: readonly string[];
}

const EMPTY: DetailsItems = { items: [], opened: [] };

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** `Apa itu ketahanan lokal?` → `apa-itu-ketahanan-lokal`: the same shape as the model's ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-|-$/g, '');
}

/**
 * The answer as text, one line per block child, so paragraphs written in the fallback stay paragraphs
 * (the panel keeps line breaks) while the page's indentation does not.
 */
function answerText(details: Element): string {
  const parts: string[] = [];
  for (const node of details.childNodes) {
    if (node instanceof Element && node.localName === 'summary') continue;
    const text = squash(node.textContent);
    if (text) parts.push(text);
  }
  return parts.join('\n');
}

/** Reads `<details><summary>Q</summary>A</details>` children; ids from `id`, else from the question. */
export function readDetails(host: Element): DetailsItems {
  const items: FaqItem[] = [];
  const opened: string[] = [];
  const used = new Set<string>();
  for (const details of host.children) {
    if (details.localName !== 'details') continue;
    const question = squash(details.querySelector(':scope > summary')?.textContent ?? null);
    if (!question) continue;
    // An author's id is kept exactly: links on the page already point at it.
    const base = details.id || slugify(question) || 'faq';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${String(n)}`;
    used.add(id);
    items.push({ id, question, answer: answerText(details) });
    if (details.hasAttribute('open')) opened.push(id);
  }
  return items.length ? { items, opened } : EMPTY;
}

/**
 * Keeps the `<details>` fallback in step with the light DOM: frameworks and CMS editors often add the
 * children after the element has connected.
 */
export class DetailsFallback implements ReactiveController {
  value: DetailsItems = EMPTY;
  #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => {
      this.#read();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const next = readDetails(this.#host);
    if (next === EMPTY && this.value === EMPTY) return;
    this.value = next;
    this.#host.requestUpdate();
  }
}
