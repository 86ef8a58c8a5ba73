/**
 * The contract between the snippet generator and kl-principle-checklist: the `<ul>` a snippet writes for
 * readers without JavaScript is exactly what the checklist reads as its principles when it upgrades.
 * Site-owner principles (not the defaults) are used, so a passing test proves the checklist read the
 * markup rather than its built-in content.
 */
import { describe, expect, it } from 'vitest';
import { challengesSection, type Locale } from '@ketahanan/model';
import '../../define/principle-checklist.js';
import { createElementMarkup, type FallbackContent } from '../index.js';
import { defaultFallbackContent } from '../element-markup.js';
import { mountMarkup, removeMountedMarkupAfterEach } from './mount-markup.js';

const principles = [
  {
    // The site's own wording of an article principle: the built-in challenge that calls for it stays, so
    // `prevents` can name it.
    id: 'komunikasi-terbuka',
    title: 'Rapat <rutin> & terbuka',
    description: 'Semua mitra bertemu setiap bulan: keputusan dicatat bersama.',
    prevents: 'komunikasi-kurang-efektif',
  },
  {
    id: 'laporan-terbuka',
    title: 'Laporan keuangan terbuka',
    description: 'Setiap rupiah dilaporkan kepada mitra dan warga.',
  },
];

const contentFor = (locale: Locale): FallbackContent => ({ ...defaultFallbackContent(locale), principles });

removeMountedMarkupAfterEach();

/** The checklist, upgraded from the markup a snippet writes, once checkboxes or an error show. */
function upgraded(locale: Locale): Promise<Element> {
  const markup = createElementMarkup({ tag: 'kl-principle-checklist', locale, content: contentFor(locale) });
  return mountMarkup(markup, 'kl-principle-checklist', (root) =>
    root.querySelector('input[type="checkbox"], [role="alert"]'),
  );
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.each(['id', 'en'] as const)('kl-principle-checklist reads the snippet’s <ul> (%s)', (locale) => {
  it('as its principles: the same ids, titles and descriptions, with advice from `prevents`', async () => {
    const element = await upgraded(locale);
    const root = element.shadowRoot;
    expect(root?.querySelectorAll('[role="alert"]')).toHaveLength(0);
    const boxes = [...(root?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    expect(
      boxes.map((box) => ({
        id: box.dataset.principle,
        title: squash(box.labels?.[0]?.textContent),
        description: squash(root?.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent),
      })),
    ).toEqual(principles.map(({ id, title, description }) => ({ id, title, description })));
    // The challenge named by data-prevents is the model's, in the element's language.
    const challenge = challengesSection.defaults[locale].find(
      (item) => item.id === 'komunikasi-kurang-efektif',
    );
    const advice = squash(
      root?.querySelector('[part~="advice-item"][data-principle="komunikasi-terbuka"]')?.textContent,
    );
    expect(advice).toContain(challenge?.title);
    // The no-JavaScript list no longer shows.
    for (const item of element.querySelectorAll('li')) expect(item.getClientRects()).toHaveLength(0);
  });
});
