import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import '../../define/faq-accordion.js';
import type { KlToggleDetail } from '../faq-accordion.js';
import { expanded, focused, must, questionButtons, rendered, root } from './faq-accordion-fixture.js';

const toggles: KlToggleDetail[] = [];
document.addEventListener('kl-toggle', (event) => {
  toggles.push((event as CustomEvent<KlToggleDetail>).detail);
});

function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

afterEach(() => {
  cleanupFixtures();
  setHash('');
  toggles.length = 0;
  window.scrollTo(0, 0);
});

/** The accordion below a screen-high spacer, so "scrolled into view" means something. */
async function renderBelowTheFold(attributes: Partial<Record<'src' | 'lang', string>> = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <div style="block-size: 300vh">spacer</div>
      <kl-faq-accordion lang=${attributes.lang ?? 'id'} src=${attributes.src ?? ''}></kl-faq-accordion>
    </div>`,
  );
  return rendered(must(wrapper.querySelector('kl-faq-accordion'), 'element'));
}

function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.top < window.innerHeight;
}

describe('deep links to a question', () => {
  it('uses each item’s content id as the id of its heading', async () => {
    const faq = await renderBelowTheFold();
    const headingIds = questionButtons(faq).map((button) => button.parentElement?.id);
    expect(headingIds).toEqual([
      'apa-itu-ketahanan-lokal',
      'mengapa-kemitraan-penting',
      'contoh-praktik-baik',
      'tantangan-kemitraan',
      'cara-memulai-kemitraan',
    ]);
  });

  it('opens the item named by the page URL on load, scrolls to it and focuses its question', async () => {
    setHash('#tantangan-kemitraan');
    const faq = await renderBelowTheFold();
    await expect
      .poll(() => questionButtons(faq).findIndex((button) => button === focused(faq)), {
        message: 'focus on the linked question',
      })
      .toBe(3);
    expect(expanded(faq)).toEqual([false, false, false, true, false]);
    expect(inViewport(must(root(faq).getElementById('tantangan-kemitraan'), 'heading'))).toBe(true);
    expect(toggles).toEqual([{ id: 'tantangan-kemitraan', open: true }]);
  });

  it('opens the item when the hash changes later (an in-page link was followed)', async () => {
    const faq = await renderBelowTheFold({ lang: 'en' });
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
    location.hash = '#cara-memulai-kemitraan';
    await expect
      .poll(() => questionButtons(faq).findIndex((button) => button === focused(faq)), {
        message: 'focus on the linked question',
      })
      .toBe(4);
    expect(expanded(faq)).toEqual([false, false, false, false, true]);
    expect(inViewport(must(root(faq).getElementById('cara-memulai-kemitraan'), 'heading'))).toBe(true);
  });

  it('waits for content from `src` before following the hash', async () => {
    setHash('#jam-layanan');
    const body = JSON.stringify({
      faq: [
        { id: 'biaya', question: 'Berbayar?', answer: 'Tidak.' },
        { id: 'jam-layanan', question: 'Kapan buka?', answer: 'Setiap hari kerja.' },
      ],
    });
    const faq = await renderBelowTheFold({ src: `/__kl/json?body=${encodeURIComponent(body)}` });
    await expect
      .poll(() => questionButtons(faq).findIndex((button) => button === focused(faq)), {
        message: 'focus on the linked question',
        timeout: 12_000,
      })
      .toBe(1);
    expect(expanded(faq)).toEqual([false, true]);
  });

  it('scrolls to the last item of a long list, whose items out of view are not laid out yet', async () => {
    const faq40 = {
      faq: Array.from({ length: 40 }, (_, index) => ({
        id: `q-${String(index + 1)}`,
        question: `Pertanyaan ${String(index + 1)}?`,
        answer: `Jawaban ${String(index + 1)}.\nBaris kedua.\nBaris ketiga.\nBaris keempat.`,
      })),
    };
    setHash('#q-40');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="block-size: 300vh">spacer</div>
        <kl-faq-accordion lang="id" .content=${faq40}></kl-faq-accordion>
      </div>`,
    );
    const faq = await rendered(must(wrapper.querySelector('kl-faq-accordion'), 'element'));
    await expect
      .poll(() => questionButtons(faq).findIndex((button) => button === focused(faq)), {
        message: 'focus on the linked question',
      })
      .toBe(39);
    const heading = must(root(faq).getElementById('q-40'), 'heading');
    expect(inViewport(heading)).toBe(true);
    // Still there once the items in view are laid out and the open answer has its height.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(inViewport(heading)).toBe(true);
  });

  it('leaves everything closed and the focus alone for a hash that is not one of its items', async () => {
    setHash('#kontak');
    const faq = await renderBelowTheFold();
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
    expect(focused(faq)).toBeNull();
    expect(toggles).toEqual([]);
  });

  it('does not take the focus again when the page moves the element (frameworks do)', async () => {
    setHash('#contoh-praktik-baik');
    const faq = await renderBelowTheFold();
    await expect
      .poll(() => questionButtons(faq).findIndex((button) => button === focused(faq)), {
        message: 'focus on the linked question',
      })
      .toBe(2);
    const outside = document.createElement('button');
    faq.before(outside);
    outside.focus();
    must(faq.parentElement, 'parent').append(faq);
    await rendered(faq);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('does not re-open an item the reader closed when it re-renders', async () => {
    setHash('#contoh-praktik-baik');
    const faq = await renderBelowTheFold();
    await expect.poll(() => expanded(faq)[2], { message: 'linked item open' }).toBeTruthy();
    must(questionButtons(faq)[2], 'linked question').click();
    await rendered(faq);
    faq.lang = 'en';
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
  });
});
