/**
 * The widgets under test, defined the way a page gets them: by importing the package entry (every tag).
 * Helpers here read a widget's state the way a reader meets it: loading line, error alert, rendered text.
 */
import '../../src/index.js';
import { vi } from 'vitest';

/** Every tag that loads content (`content`, inline JSON or `src`). */
export const CONTENT_TAGS = [
  'kl-faq-accordion',
  'kl-challenge-explorer',
  'kl-principle-checklist',
  'kl-partner-cards',
] as const;

export type ContentTag = (typeof CONTENT_TAGS)[number];
export type ContentWidget = HTMLElementTagNameMap[ContentTag];

export function shadowOf(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** Creates `<tag>` with these attributes (not yet on the page). */
export function create<T extends ContentTag>(
  tag: T,
  attributes: Readonly<Record<string, string>> = {},
): HTMLElementTagNameMap[T] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const containers: HTMLElement[] = [];

/**
 * Puts `element` on the page in a wrapper of its own (fixed `width` when given, e.g. '320px'); the
 * wrapper is removed by `removePlaced()`, which the page guard calls after each test.
 */
export function place<T extends Element>(element: T, width?: string): T {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.inlineSize = width;
  wrapper.append(element);
  document.body.append(wrapper);
  containers.push(wrapper);
  return element;
}

export function removePlaced(): void {
  for (const wrapper of containers.splice(0)) wrapper.remove();
}

export const isLoading = (widget: Element): boolean =>
  widget.shadowRoot?.querySelector('[part="loading"]') != null;

/**
 * Waits until the widget has rendered something other than its loading line. `vi.waitFor` rather than
 * `expect.poll`: Vitest keeps every `expect.poll` of a test until the test ends, and with it the widget,
 * which would count as a leak in the memory test.
 */
export async function loaded(widget: Element, timeout = 12_000): Promise<void> {
  // A change just made (a move, a new `src`) shows in the next update: look only after it.
  await (widget as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  await vi.waitFor(
    () => {
      if (!widget.shadowRoot?.firstElementChild || isLoading(widget))
        throw new Error(`<${widget.localName}> did not leave its loading state`);
    },
    { timeout },
  );
}

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The error state's text (`role="alert"`), or '' when the widget shows no error. */
export const alertText = (widget: Element): string =>
  squash(widget.shadowRoot?.querySelector('[role="alert"]')?.textContent);

/** Everything the widget shows, as one line of text. */
export const shownText = (widget: Element): string => squash(widget.shadowRoot?.textContent);
