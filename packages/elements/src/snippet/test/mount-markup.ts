/**
 * The snippet round-trip tests' way onto the page: markup parsed as a page would serve it (children
 * first, then the upgrade), waited for until the element has rendered, and removed after each test.
 */
import { afterEach, expect } from 'vitest';
import type { SnippetTag } from '../index.js';

const containers: HTMLElement[] = [];

/** Call once per test file: removes everything `mountMarkup` added after each test. */
export function removeMountedMarkupAfterEach(): void {
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });
}

/** Puts `markup` into the page and resolves with its `tag` element once `rendered(shadowRoot)` is true. */
export async function mountMarkup<T extends SnippetTag>(
  markup: string,
  tag: T,
  rendered: (root: ShadowRoot) => unknown,
): Promise<HTMLElementTagNameMap[T]> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  containers.push(container);
  const element = container.querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in the markup`);
  await expect
    .poll(() => element.shadowRoot && rendered(element.shadowRoot), { message: `<${tag}> rendered` })
    .toBeTruthy();
  return element;
}
