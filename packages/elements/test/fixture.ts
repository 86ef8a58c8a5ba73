import { render, type TemplateResult } from 'lit';
import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container on the page and waits until the first element in it has
 * finished its update. Containers are removed by `cleanupFixtures()` (called in afterEach).
 */
export async function fixture<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error('fixture: the template rendered no element');
  await settle(element);
  return element;
}

/** Waits for a Lit element's pending update (and one more, for updates its first render triggered). */
export async function settle(element: Element): Promise<void> {
  const lit = element as Partial<LitElement>;
  if (lit.updateComplete) {
    await lit.updateComplete;
    await lit.updateComplete;
  }
}

export function cleanupFixtures(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** Waits until `check` returns truthy (polling each animation frame), or fails after `timeoutMs`. */
export async function until<T>(check: () => T, message: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
