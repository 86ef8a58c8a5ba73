import { describe, expect, it } from 'vitest';
import { parseContent } from '@ketahanan/model';
import example from '../src/content-authoring/example-content.json';

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
});
