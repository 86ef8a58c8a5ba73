/**
 * Why a snippet of the article's own content writes no tag for site-content.js (create-snippet.ts): every
 * widget upgraded from that markup recognises the article and shows it unchecked, so it never asks for the
 * checker, in either language; markup of a site's own content does. Here the checker never arrives, so a
 * widget that needed it would stay on its loading line.
 *
 * Chromium only: the loader is a mocked module, which only Vitest's Playwright provider mocks.
 */
import { describe, expect, it, vi } from 'vitest';
import '../../define/faq-accordion.js';
import '../../define/challenge-explorer.js';
import '../../define/partner-cards.js';
import '../../define/principle-checklist.js';
import { createElementMarkup, SNIPPET_TAGS } from '../index.js';
import { defaultFallbackContent } from '../element-markup.js';
import { mountMarkup, removeMountedMarkupAfterEach } from './mount-markup.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../shared/load-site-content.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/load-site-content.js')>();
  return {
    ...original,
    loadSiteContent: () => {
      loads.count++;
      return new Promise(() => undefined);
    },
  };
});

removeMountedMarkupAfterEach();

const shown = (root: ShadowRoot) => root.textContent.trim() !== '' && !root.querySelector('.loading');

describe.each(SNIPPET_TAGS)('<%s> from a snippet of the article', (tag) => {
  it.each(['id', 'en'] as const)('shows it without the checker (%s)', async (locale) => {
    const element = await mountMarkup(createElementMarkup({ tag, locale, sectionHeader: true }), tag, shown);
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(loads.count).toBe(0);
  });
});

// Last: the checker is asked for once per page.
it('asks for the checker for markup of a site’s own content, and waits for it', async () => {
  const content = {
    ...defaultFallbackContent('id'),
    faq: [{ id: 'jam-buka', question: 'Kapan kantor buka?', answer: 'Pukul 08.00.' }],
  };
  const element = await mountMarkup(
    createElementMarkup({ tag: 'kl-faq-accordion', content }),
    'kl-faq-accordion',
    (root) => root.querySelector('.loading'),
  );
  expect(element.shadowRoot?.textContent).not.toContain('Kapan kantor buka?');
  expect(loads.count).toBe(1);
});
