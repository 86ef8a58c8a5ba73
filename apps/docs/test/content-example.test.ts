import { describe, expect, it } from 'vitest';
import { parseContent } from '@ketahanan/model';
import example from '../src/content-authoring/example-content.json';
import invalidExample from '../src/content-authoring/example-content.invalid.json';
import { validationLines } from '../src/content-authoring/validation-output.js';

describe('the Content authoring page', () => {
  it('shows an example document that the widgets accept', () => {
    const result = parseContent(example);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('shows an example whose partners and partnership are the ones used, not the defaults', () => {
    const result = parseContent(example);
    expect(result.ok && result.content.partnerships.map((partnership) => partnership.id)).toEqual([
      'lumbung-pangan-desa',
    ]);
  });

  it('shows the problems of the broken example with their paths, in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      const paths = validationLines(invalidExample, locale)
        .split('\n')
        .map((line) => line.split(':')[0]);
      expect(paths).toEqual(['partners[1].sector', 'faq[0].question', 'faq[0].answer', 'faq[0].quesiton']);
    }
  });
});
