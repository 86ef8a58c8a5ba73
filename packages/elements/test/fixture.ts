import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container on the page and waits for the first element in it to finish
 * its update: one `await updateComplete`, as a framework would. Containers are removed by
 * `cleanupFixtures()` (called in afterEach).
 */
export async function fixture<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error('fixture: the template rendered no element');
  await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  return element;
}

export function cleanupFixtures(): void {
  for (const container of mounted.splice(0)) container.remove();
}
