/**
 * Every source has the same limits: a document of more than 4 MB is refused whether it comes as `src`, as
 * JSON text in the `content` property or as inline JSON, and the error state lists the first problems
 * and counts the rest, however many there are.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '@ketahanan/model';
import { messagesFor } from '../../src/shared/messages/index.js';
import { MAX_PROBLEMS_SHOWN, MAX_SOURCE_BYTES } from '../../src/shared/content-limits.js';
import type { KlErrorDetail } from '../../src/shared/content-controller.js';
import { guardPage } from './page-guard.js';
import { manyInvalidItems } from './many-items.js';
import { markerDocument } from './marker-content.js';
import { alertText, CONTENT_TAGS, create, loaded, place, shadowOf } from './widgets.js';

guardPage();

const text = (locale: Locale) => messagesFor(locale).common;

/** A valid document padded past the limit with spaces (JSON allows any amount between tokens). */
const oversized = (tag: (typeof CONTENT_TAGS)[number]) =>
  `${JSON.stringify(markerDocument(tag, 'Besar'))}${' '.repeat(MAX_SOURCE_BYTES)}`;

describe.each(CONTENT_TAGS)('<%s> and the limits of its sources', (tag) => {
  it.each(['id', 'en'] as const)(
    'refuses JSON text over 4 MB in the content property (%s)',
    async (locale) => {
      const widget = create(tag, { lang: locale });
      const errors: KlErrorDetail[] = [];
      widget.addEventListener('kl-error', (event) => errors.push(event.detail));
      widget.content = oversized(tag);
      await loaded(place(widget));
      expect(alertText(widget)).toContain(text(locale).errorTooLarge);
      expect(errors.map((error) => error.source)).toEqual(['property']);
    },
  );

  it.each(['id', 'en'] as const)('refuses inline JSON over 4 MB (%s)', async (locale) => {
    const widget = create(tag, { lang: locale });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = oversized(tag);
    widget.append(script);
    await loaded(place(widget));
    expect(alertText(widget)).toContain(text(locale).errorTooLarge);
  });

  it('accepts JSON text just under the limit', async () => {
    const widget = create(tag, { lang: 'id' });
    const document = JSON.stringify(markerDocument(tag, 'Pas'));
    widget.content = document + ' '.repeat(MAX_SOURCE_BYTES - document.length);
    await loaded(place(widget));
    expect(alertText(widget)).toBe('');
  });

  it.each(['id', 'en'] as const)(
    'lists the first problems of 10,000 wrong items and says there are more (%s)',
    async (locale) => {
      const widget = create(tag, { lang: locale });
      const errors: KlErrorDetail[] = [];
      widget.addEventListener('kl-error', (event) => errors.push(event.detail));
      widget.content = manyInvalidItems(tag);
      await loaded(place(widget), 60_000);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.problems).toHaveLength(MAX_PROBLEMS_SHOWN);
      expect(errors[0]?.more).toBe(true);
      const listed = shadowOf(widget).querySelectorAll('[role="alert"] li');
      expect(listed).toHaveLength(MAX_PROBLEMS_SHOWN);
      expect(alertText(widget)).toContain(text(locale).moreProblems);
    },
  );

  it('lists every problem, without "more", when there are few', async () => {
    const widget = create(tag, { lang: 'en' });
    const errors: KlErrorDetail[] = [];
    widget.addEventListener('kl-error', (event) => errors.push(event.detail));
    const items = manyInvalidItems(tag);
    for (const [name, value] of Object.entries(items))
      if (Array.isArray(value)) items[name] = value.slice(0, 3);
    widget.content = items;
    await loaded(place(widget));
    expect(errors[0]?.more).toBe(false);
    expect(shadowOf(widget).querySelectorAll('[role="alert"] li').length).toBe(errors[0]?.problems.length);
    expect(alertText(widget)).not.toContain(text('en').moreProblems);
  });
});
