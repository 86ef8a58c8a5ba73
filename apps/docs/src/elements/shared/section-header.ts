import { expect } from 'storybook/test';
import type { Locale, SectionHeader } from '@ketahanan/model';
import type { Example } from './example.js';
import { expectToolbarLocale, renderedElement, type LitTag } from './shadow.js';

/**
 * The same situation for every element that shows a section of the article: with `section-header`, the
 * section's title (at `heading-level`, 3 here) and intro come first, in the toolbar's language, and the
 * element's own headings (`ownHeading`) go one level deeper.
 */
export function sectionHeaderExample<Args extends { 'section-header'?: boolean }>(
  tag: LitTag,
  header: Readonly<Record<Locale, SectionHeader>>,
  ownHeading: string,
  description: string,
): Example<Args> {
  return {
    description,
    args: { 'section-header': true } as Partial<Args>,
    play: async ({ canvasElement, globals }) => {
      const { host, root } = await renderedElement(canvasElement, tag);
      await expectToolbarLocale(host, globals);
      const expected = header[globals['locale'] === 'en' ? 'en' : 'id'];
      const title = root.querySelector('[part="section-title"]');
      await expect(title?.localName).toBe('h3');
      await expect(title?.textContent.trim()).toBe(expected.title);
      const intro = root.querySelector('[part="section-intro"]');
      await expect(intro?.textContent.trim()).toBe(expected.intro);
      await expect(root.querySelector(ownHeading)?.localName).toBe('h4');
    },
  };
}
