/**
 * A document of thousands of items is checked over several tasks (see stepped-check.ts), so it never
 * freezes the page (long-tasks.measure.ts measures that). What a reader and a framework notice must not
 * change: from every source the items end up shown, every one; a wrong document still shows the capped
 * error state; one `await updateComplete` after setting `content` finds the content shown; and a document
 * replaced while it is being checked is never shown or reported.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ITEMS } from '@ketahanan/model';
import { MAX_PROBLEMS_SHOWN } from '../../src/shared/content-limits.js';
import type { KlErrorDetail } from '../../src/shared/content-controller.js';
import { guardPage } from './page-guard.js';
import { giving, manyInvalidItems, manyItems, SOURCES } from './many-items.js';
import { markerDocument } from './marker-content.js';
import {
  alertText,
  CONTENT_TAGS,
  create,
  isLoading,
  loaded,
  place,
  shadowOf,
  shownText,
  type ContentTag,
  type ContentWidget,
} from './widgets.js';

guardPage();

/**
 * Items a list in the documents shown in full: more than a first slice always checks (stepped-check.ts),
 * so a slow machine takes the stepped path, and few enough that rendering every one (a batch per task, at
 * least 48) stays quick on a busy machine.
 */
const SHOWN_IN_FULL = 1_200;

/** The text of the first and of the last of the `count` items `manyItems(tag, count)` holds. */
function firstAndLast(tag: ContentTag, count: number): readonly [string, string] {
  switch (tag) {
    case 'kl-faq-accordion':
      return ['Pertanyaan nomor 0?', `Pertanyaan nomor ${String(count - 1)}?`];
    case 'kl-challenge-explorer':
      return ['Tantangan 0', `Tantangan ${String(count - 1)}`];
    case 'kl-principle-checklist':
      return ['Prinsip 0', `Prinsip ${String(count - 1)}`];
    case 'kl-partner-cards':
      return ['Mitra 1', `Mitra ${String(count)}`];
  }
}

describe.each(CONTENT_TAGS)('<%s> given thousands of items', (tag) => {
  const [first, last] = firstAndLast(tag, SHOWN_IN_FULL);

  it.each(SOURCES)('shows every one of them, given by %s', { timeout: 60_000 }, async (source) => {
    const widget = place(create(tag, { lang: 'id' }));
    await widget.updateComplete;
    giving(source, manyItems(tag, SHOWN_IN_FULL))(widget);
    await loaded(widget, 60_000);
    expect(alertText(widget)).toBe('');
    expect(shownText(widget)).toContain(first);
    // The rest arrive a batch per task: the last one too, in the end.
    await vi.waitFor(
      () => {
        expect(shownText(widget)).toContain(last);
      },
      { timeout: 60_000, interval: 200 },
    );
  });

  it.each(SOURCES)(
    'lists the first problems of 10,000 wrong items and says there are more, given by %s',
    async (source) => {
      const widget = place(create(tag, { lang: 'en' }));
      const errors: KlErrorDetail[] = [];
      widget.addEventListener('kl-error', (event) => errors.push(event.detail));
      await widget.updateComplete;
      giving(source, manyInvalidItems(tag))(widget);
      await loaded(widget, 60_000);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.more).toBe(true);
      expect(shadowOf(widget).querySelectorAll('[role="alert"] li')).toHaveLength(MAX_PROBLEMS_SHOWN);
      expect(alertText(widget)).toContain('and more');
    },
  );

  it('has 10,000 shown after one await of updateComplete, as frameworks expect', async () => {
    const widget = place(create(tag, { lang: 'id' }));
    await widget.updateComplete;
    widget.content = manyItems(tag);
    await widget.updateComplete;
    expect(isLoading(widget)).toBe(false);
    expect(shownText(widget)).toContain(firstAndLast(tag, MAX_ITEMS)[0]);
  });
});

describe.each(['kl-challenge-explorer', 'kl-principle-checklist'] as const)(
  '<%s> given another document while it checks one',
  (tag) => {
    // As on a slow phone: every look at the clock finds a slice spent, so each task checks one step of a
    // hundred items, and a large document's check surely spans many tasks, however fast this machine is.
    // (The page guard restores it after each test.)
    beforeEach(() => {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (now += 1_000));
    });

    /**
     * Settles when the widget shows its loading state: in a microtask after that render, so within the
     * task that began the check, before any later task could end it.
     */
    function loadingShown(widget: Element): Promise<void> {
      return new Promise((shown) => {
        const observer = new MutationObserver(() => {
          if (!isLoading(widget)) return;
          observer.disconnect();
          shown();
        });
        observer.observe(shadowOf(widget), { childList: true, subtree: true });
      });
    }

    /** 10,000 challenges of which only the last is wrong: its check must go through all of them. */
    function wrongAtTheEnd(): Record<string, unknown> {
      const document = manyItems(tag);
      const challenges = [...(document.challenges as Record<string, unknown>[])];
      challenges[challenges.length - 1] = { ...challenges.at(-1), id: 'Bukan Id!' };
      return { ...document, challenges };
    }

    /** A widget on the page, showing its loading state while it checks `wrongAtTheEnd()`; its `kl-error`s. */
    async function whileChecking(): Promise<{ widget: ContentWidget; errors: KlErrorDetail[] }> {
      const widget = place(create(tag, { lang: 'id' }));
      await widget.updateComplete;
      const errors: KlErrorDetail[] = [];
      widget.addEventListener('kl-error', (event) => errors.push(event.detail));
      const loading = loadingShown(widget);
      widget.content = wrongAtTheEnd();
      await loading;
      return { widget, errors };
    }

    it('shows the loading state, then only the newer document, and reports nothing of the older', async () => {
      const { widget, errors } = await whileChecking();
      // A second document of the same size: the older check, had it gone on, would have ended first.
      widget.content = manyItems(tag);
      await widget.updateComplete;
      expect(errors).toEqual([]);
      expect(alertText(widget)).toBe('');
      expect(shownText(widget)).toContain(firstAndLast(tag, MAX_ITEMS)[0]);
      // And a small document after a large one shows after one await too.
      widget.content = markerDocument(tag, 'Kecil');
      await widget.updateComplete;
      expect(shownText(widget)).toContain('Kecil');
      expect(errors).toEqual([]);
    });

    it('stops checking when it leaves the page, and checks again when it comes back', async () => {
      const { widget, errors } = await whileChecking();
      const parent = widget.parentElement as HTMLElement;
      widget.remove();
      // Gone while checking: `updateComplete` settles without a result, and nothing is reported.
      await widget.updateComplete;
      expect(errors).toEqual([]);
      parent.append(widget);
      await widget.updateComplete;
      expect(errors).toHaveLength(1);
      expect(errors[0]?.problems[0]?.path).toBe(`challenges[${String(MAX_ITEMS - 1)}].id`);
    });
  },
);
