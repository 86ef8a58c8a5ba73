/** mergeContent: a partial document over the defaults, without touching either and without prototype tricks. */
import { describe, expect, it } from 'vitest';
import { defaultContent, mergeContent, type Content, type ContentDocument } from '../src/index.js';

const defaults: Content = { ...defaultContent.id };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe('mergeContent', () => {
  it('replaces a supplied section whole and keeps every other default', () => {
    const faq = [{ id: 'satu', question: 'Q?', answer: 'A.' }];
    const merged = mergeContent(defaults, { faq });
    expect(merged.faq).toEqual(faq);
    expect({ ...merged, faq: defaults.faq }).toEqual(defaults);
  });

  it('returns fresh objects, so changing the result never changes the defaults or the document', () => {
    const faq = [{ id: 'satu', question: 'Q?', answer: 'A.' }];
    const merged = mergeContent(defaults, { faq });
    expect(merged.faq).not.toBe(faq);
    expect(merged.faq[0]).not.toBe(faq[0]);
    expect(merged.principles).not.toBe(defaults.principles);
    expect(merged.principles[0]).not.toBe(defaults.principles[0]);
  });

  it('works on frozen inputs (it never writes to them)', () => {
    const document = deepFreeze({ faq: [{ id: 'satu', question: 'Q?', answer: 'A.' }] });
    expect(() => mergeContent(deepFreeze(structuredClone(defaults)), document)).not.toThrow();
  });

  it('drops __proto__, constructor and prototype keys instead of copying them', () => {
    const document = JSON.parse(
      '{"faq": [{"id": "a", "question": "Q?", "answer": "A.", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]}',
    ) as ContentDocument;
    const merged = mergeContent(defaults, document);
    const item = merged.faq[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.keys(item)).toEqual(['id', 'question', 'answer']);
    expect(item.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores sections the document only inherits', () => {
    const document = Object.create({
      faq: [{ id: 'warisan', question: 'Q?', answer: 'A.' }],
    }) as ContentDocument;
    expect(mergeContent(defaults, document).faq).toEqual(defaults.faq);
  });

  it('keeps only the partners that still exist in a default partnership', () => {
    const partners = [{ id: 'petani-lokal', name: 'Kelompok Tani', sector: 'komunitas-lokal' }];
    const merged = mergeContent(defaults, { partners });
    expect(merged.partnerships.map((partnership) => partnership.partners)).toEqual([
      ['petani-lokal'],
      [],
      [],
    ]);
    expect(merged.benefits.every((benefit) => benefit.partners.length === 0)).toBe(true);
  });

  it('keeps default partners whose sector the document removed, without that sector, in every partnership', () => {
    const merged = mergeContent(defaults, { sectors: [{ id: 'swasta', name: 'Swasta' }] });
    expect(merged.partners.map((partner) => partner.id)).toEqual(
      defaults.partners.map((partner) => partner.id),
    );
    expect(new Set(merged.partners.map((partner) => partner.sector))).toEqual(new Set(['swasta', undefined]));
    expect(merged.partners.find((partner) => partner.id === 'puskesmas')).not.toHaveProperty('sector');
    expect(merged.partnerships).toEqual(defaults.partnerships);
  });

  it('keeps default challenges whose principle the document removed, without the link', () => {
    const principles = [{ id: 'visi-bersama', title: 'Visi', description: 'Satu tujuan.' }];
    const merged = mergeContent(defaults, { principles });
    expect(merged.challenges.map((challenge) => challenge.id)).toEqual(defaults.challenges.map((c) => c.id));
    expect(merged.challenges.map((challenge) => challenge.principle)).toEqual([
      'visi-bersama',
      undefined,
      undefined,
    ]);
    expect(merged.challenges[1]).not.toHaveProperty('principle');
  });

  it('leaves the document’s own dangling references for validation to report', () => {
    const principles = [{ id: 'visi-bersama', title: 'Visi', description: 'Satu.', prevents: 'tidak-ada' }];
    expect(mergeContent(defaults, { principles }).principles[0]?.prevents).toBe('tidak-ada');
  });
});
