/**
 * Valid content with extreme text through every widget: nothing reaches outside the widget's box.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '@ketahanan/model';
import { guardPage } from './page-guard.js';
import { fuzzDocument, sectionsFor } from './fuzz-content.js';
import { horizontalOverflow } from './markup-checks.js';
import { CONTENT_TAGS, create, loaded, place, alertText } from './widgets.js';

guardPage();

describe.each(CONTENT_TAGS)('<%s> with the longest text the model accepts', (tag) => {
  // The deterministic worst case the generator reaches only sometimes: one unbroken 20,000-character
  // word in every text field, in a phone-width column.
  it.each(tag === 'kl-partner-cards' ? [false, true] : [false])(
    'stays in a 320px column (own partners: %s)',
    async (ownPartners) => {
      const word = 'W'.repeat(MAX_TEXT_LENGTH);
      const { document: content } = fuzzDocument(
        sectionsFor(tag, ownPartners),
        'id',
        [word],
        ['https://example.org/'],
      );
      const widget = create(tag, { lang: 'id' });
      widget.content = content;
      await loaded(place(widget, '320px'));
      expect(alertText(widget)).toBe('');
      expect(horizontalOverflow(widget)).toEqual([]);
    },
  );
});
