/**
 * An element whose update throws (under a Trusted Types policy that refuses Lit's, every render does)
 * fails closed: nothing reaches the host page, one KL401 warning, and the page's fallback markup shows
 * through a slot (or, with none, the localized error title).
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { KlElement } from '../kl-element.js';
import { messagesFor } from '../messages/index.js';

class KlTestThrows extends KlElement {
  protected override render(): unknown {
    throw new TypeError("This document requires 'TrustedHTML' assignment.");
  }
}
if (!customElements.get('kl-test-throws')) customElements.define('kl-test-throws', KlTestThrows);

const errors: unknown[] = [];
const onError = (event: ErrorEvent) => errors.push(event.error);
const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
let warnings: string[] = [];
beforeEach(() => {
  errors.length = 0;
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => {
    warnings.push(parts.map(String).join(' '));
  });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function mount(fallback: string, lang: string): Promise<KlTestThrows> {
  const element = new KlTestThrows();
  element.lang = lang;
  element.innerHTML = fallback;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

it('shows the page fallback markup, warns once and throws nothing into the page', async () => {
  const element = await mount('<p>Konten cadangan</p>', 'id');
  expect(element.shadowRoot?.querySelector('slot')).not.toBeNull();
  expect(element.innerText).toContain('Konten cadangan');
  element.headingLevel = 2; // a later update neither throws nor warns again
  await element.updateComplete;
  await new Promise((done) => setTimeout(done, 50));
  expect(errors).toEqual([]);
  expect(warnings.filter((line) => line.includes('KL401'))).toHaveLength(1);
});

it.each(['id', 'en'] as const)(
  'shows the localized error title when there is no fallback (%s)',
  async (lang) => {
    const element = await mount('', lang);
    const notice = element.shadowRoot?.querySelector('[role="alert"]');
    expect(notice?.textContent).toBe(messagesFor(lang).common.errorTitle);
    expect(errors).toEqual([]);
  },
);
