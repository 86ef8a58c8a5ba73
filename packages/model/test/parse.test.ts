/** parseContent and parseSections as a site owner and an element use them. */
import { describe, expect, it } from 'vitest';
import {
  challengesSection,
  defaultContent,
  faqHeaderSection,
  faqSection,
  MAX_ITEMS,
  parseContent,
  parseSections,
  parseSectionsInSteps,
  partnershipsSection,
  partnersSection,
  principlesSection,
  sectorsSection,
  ContentEntries,
  PartnerListSchema,
  partnersBuiltIn,
  SectorListSchema,
  sectorsBuiltIn,
  withChecks,
  type ParseResult,
  type ParseSteps,
  type Section,
} from '../src/index.js';
import * as model from '../src/index.js';
import { documentFor010 } from './corpus.js';

function isSection(value: unknown): value is Section {
  return typeof value === 'object' && value !== null && 'schema' in value && 'defaults' in value;
}

function problems<C>(result: ParseResult<C>) {
  return result.ok ? [] : result.problems;
}

const faqItem = { id: 'jam-layanan', question: 'Kapan kantor buka?', answer: 'Senin sampai Jumat.' };

describe('parseContent', () => {
  it('gives the built-in article of the chosen locale for an empty document', () => {
    const id = parseContent({});
    const en = parseContent({}, { locale: 'en' });
    expect(id).toEqual({ ok: true, content: { ...defaultContent.id }, provided: [] });
    expect(en).toEqual({ ok: true, content: { ...defaultContent.en }, provided: [] });
  });

  it('replaces only the sections a document supplies, and says which', () => {
    const result = parseContent({ faq: [faqItem] }, { locale: 'en' });
    expect(result.ok && result.content.faq).toEqual([faqItem]);
    expect(result.ok && result.content.principles).toEqual(defaultContent.en.principles);
    expect(result.ok && result.provided).toEqual(['faq']);
  });

  it('trims text, so stray spaces from an editor do not reach the page', () => {
    const result = parseContent({ faq: [{ ...faqItem, question: '  Kapan kantor buka?\n' }] });
    expect(result.ok && result.content.faq[0]?.question).toBe('Kapan kantor buka?');
  });

  it('keeps HTML and script tags as the plain text they are', () => {
    const answer = '<script>alert("x")</script> <img src=x onerror=alert(1)> &amp; ${x} {{y}}';
    const result = parseContent({ faq: [{ ...faqItem, answer }] });
    expect(result.ok && result.content.faq[0]?.answer).toBe(answer);
  });

  it('reports a dangling reference the way the site owner will read it, in either language', () => {
    const document = { principles: [{ id: 'visi-bersama', title: 'V', description: 'D', prevents: 'x' }] };
    expect(problems(parseContent(document, { locale: 'en' }))).toEqual([
      { path: 'principles[0].prevents', message: "Refers to challenge 'x', which does not exist." },
    ]);
    expect(problems(parseContent(document, { locale: 'id' }))).toEqual([
      { path: 'principles[0].prevents', message: "Merujuk ke tantangan 'x', yang tidak ada." },
    ]);
  });

  it('names the first use of a duplicate id', () => {
    expect(problems(parseContent({ faq: [faqItem, faqItem] }, { locale: 'en' }))).toEqual([
      { path: 'faq[1].id', message: "Duplicate id 'jam-layanan': already used at faq[0]." },
    ]);
  });

  it('keeps a document written for 0.1.0 as it was, with the article’s section headers beside it', () => {
    const result = parseContent(documentFor010, { locale: 'en' });
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.provided).toEqual([
      'meta',
      'resilience',
      'sectors',
      'partners',
      'reasons',
      'principles',
      'partnerships',
      'benefits',
      'challenges',
      'conclusion',
      'faq',
      'callToAction',
    ]);
    const old = documentFor010 as typeof result.content;
    expect(result.content.partners).toEqual(old.partners);
    expect(result.content.callToAction).toEqual(old.callToAction);
    expect(result.content.faqHeader).toEqual(defaultContent.en.faqHeader);
    expect(result.content.challengesHeader).toEqual(defaultContent.en.challengesHeader);
  });

  it('lists every problem of a document at once, across sections', () => {
    const result = parseContent(
      {
        faq: [
          { ...faqItem, answer: '' },
          { id: 'B', question: 1, answer: 'A' },
        ],
        sectors: 'pemerintah',
        extra: true,
      },
      { locale: 'en' },
    );
    expect(problems(result).map(({ path, message }) => `${path}: ${message}`)).toEqual([
      "extra: Unknown section 'extra'; known sections: meta, resilience, sectors, partners, reasonsHeader, reasons, principlesHeader, principles, partnershipsHeader, partnerships, benefitsHeader, benefits, challengesHeader, challenges, conclusion, faqHeader, faq, callToAction.",
      'sectors: Expected a list, but got text.',
      'faq[0].answer: Must not be empty.',
      "faq[1].id: Not a valid id: use lowercase letters, digits and single hyphens, such as 'visi-bersama'.",
      'faq[1].question: Expected text, but got a number.',
    ]);
  });

  it('does not report references into a section that is itself broken', () => {
    const result = parseContent({ sectors: [{ id: 'x' }], partners: [{ id: 'p', name: 'P', sector: 'x' }] });
    expect(problems(result).map((problem) => problem.path)).toEqual(['sectors[0].name']);
  });

  it('quotes keys that are not identifiers in paths', () => {
    const result = parseContent({ faq: [{ ...faqItem, 'pertanyaan lain': 'x' }] });
    expect(problems(result).map((problem) => problem.path)).toEqual(['faq[0]["pertanyaan lain"]']);
  });

  it('escapes invisible and direction-changing characters it echoes from the document', () => {
    const result = parseContent({ faq: [{ ...faqItem, 'a\u202eb\nc': 1 }] }, { locale: 'en' });
    expect(problems(result)).toEqual([
      { path: 'faq[0]["a\\u202eb\\nc"]', message: "Unknown field 'a\\u202eb\\u000ac'; check the spelling." },
    ]);
  });

  it('falls back to Indonesian for an unknown locale from an untyped caller', () => {
    const result = parseContent([], { locale: 'fr' as never });
    expect(problems(result)).toEqual([
      { path: '', message: 'Dokumen harus berupa objek JSON, tetapi berisi daftar.' },
    ]);
  });

  it('does not throw when reading the document throws (a hostile getter or a revoked proxy)', () => {
    const hostile = {
      get faq(): never {
        throw new Error('boom');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [hostile, proxy]) {
      const result = parseContent(input, { locale: 'en' });
      expect(result).toEqual({
        ok: false,
        problems: [{ path: '', message: 'The document could not be checked.' }],
      });
    }
  });
});

describe('parseSections', () => {
  it('reads only its sections and ignores the rest of a shared file', () => {
    const result = parseSections({ faq: [faqItem], partners: 'not checked here', widgetTheme: 'dark' }, [
      faqSection,
    ]);
    expect(result).toEqual({ ok: true, content: { faq: [faqItem] }, provided: ['faq'] });
  });

  it('uses the defaults of the locale for a section the document lacks', () => {
    const result = parseSections({}, [faqSection], { locale: 'en' });
    expect(result.ok && result.content).toEqual({ faq: defaultContent.en.faq });
  });

  it('checks references between the sections it was given', () => {
    const challenges = [{ ...defaultContent.id.challenges[0], principle: 'tidak-ada' }];
    expect(
      problems(parseSections({ challenges }, [challengesSection, principlesSection])).map((p) => p.path),
    ).toEqual(['challenges[0].principle']);
  });

  it('does not check references into sections it was not given', () => {
    const challenges = [{ ...defaultContent.id.challenges[0], principle: 'tidak-ada' }];
    expect(parseSections({ challenges }, [challengesSection]).ok).toBe(true);
  });

  it('prunes default references into a replaced section', () => {
    const challenges = [
      { id: 'baru', title: 'Baru', description: 'D', solution: 'S', principle: 'fleksibilitas' },
    ];
    const result = parseSections({ challenges }, [challengesSection, principlesSection]);
    expect(result.ok && result.content.principles.map((principle) => principle.prevents)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reports a dangling reference once, even when its section is listed twice', () => {
    const challenges = [{ ...defaultContent.id.challenges[0], principle: 'tidak-ada' }];
    const result = parseSections({ challenges }, [challengesSection, principlesSection, challengesSection]);
    expect(problems(result).map((p) => p.path)).toEqual(['challenges[0].principle']);
  });

  it('prunes defaults the same way whatever order the sections are given in', () => {
    // Without the sector, its partners keep no sector; partnerships still name every partner.
    const sectors = defaultContent.id.sectors.slice(1);
    const given = parseSections({ sectors }, [partnershipsSection, partnersSection, sectorsSection]);
    const whole = parseContent({ sectors });
    expect(given.ok && whole.ok).toBe(true);
    if (!given.ok || !whole.ok) return;
    expect(given.content.partners).toEqual(whole.content.partners);
    expect(given.content.partnerships).toEqual(whole.content.partnerships);
    const known = new Set(sectors.map((sector) => sector.id));
    expect(given.content.partners.every((partner) => !partner.sector || known.has(partner.sector))).toBe(
      true,
    );
    expect(given.content.partners).toHaveLength(defaultContent.id.partners.length);
  });

  it('gives a list’s header beside it, the site owner’s where they wrote one', () => {
    const builtIn = parseSections({}, [faqHeaderSection, faqSection], { locale: 'en' });
    expect(builtIn.ok && builtIn.content.faqHeader).toEqual({ title: 'FAQ (Frequently Asked Questions)' });
    const own = parseSections({ faqHeader: { title: 'Tanya Jawab Warga' } }, [faqHeaderSection, faqSection]);
    expect(own.ok && own.content).toEqual({
      faqHeader: { title: 'Tanya Jawab Warga' },
      faq: defaultContent.id.faq,
    });
    expect(own.ok && own.provided).toEqual(['faqHeader']);
  });

  it('rejects a document that is not an object', () => {
    expect(problems(parseSections('faq', [faqSection], { locale: 'en' }))).toEqual([
      { path: '', message: 'The document must be a JSON object, but it is text.' },
    ]);
  });
});

describe('withChecks', () => {
  it('gives a built-in section the same schema and reference rules as the full section', () => {
    for (const section of (Object.values(model) as unknown[]).filter(isSection)) {
      const { name, defaults } = section;
      expect(withChecks({ name, defaults }, ContentEntries[name]), name).toEqual(section);
    }
  });

  it('parses a document through a re-checked built-in section as through the full one', () => {
    const document = { partners: [{ id: 'desa-a', name: 'Desa A', sector: 'tidak-ada' }] };
    const checked = [
      withChecks(partnersBuiltIn, PartnerListSchema),
      withChecks(sectorsBuiltIn, SectorListSchema),
    ];
    expect(parseSections(document, checked, { locale: 'en' })).toEqual(
      parseSections(document, [partnersSection, sectorsSection], { locale: 'en' }),
    );
  });
});

describe('maxProblems', () => {
  const item = (index: number, id = `tanya-${String(index)}`) => ({
    id,
    question: `Pertanyaan ${String(index)}?`,
    answer: `Jawaban ${String(index)}.`,
  });
  const wrong = (count: number) => Array.from({ length: count }, (_, index) => item(index, 'Bukan Id!'));

  it('lists the first problems in document order and says there are more', () => {
    const full = parseSections({ faq: wrong(500) }, [faqSection], { locale: 'en' });
    const capped = parseSections({ faq: wrong(500) }, [faqSection], { locale: 'en', maxProblems: 20 });
    expect(problems(full)).toHaveLength(500);
    expect(problems(capped)).toEqual(problems(full).slice(0, 20));
    expect(capped.ok || capped.more).toBe(true);
  });

  it('lists every problem, without `more`, when there are no more than the cap', () => {
    const faq = [...Array.from({ length: 300 }, (_, index) => item(index)), item(300, 'Bukan Id!')];
    const capped = parseSections({ faq }, [faqSection], { maxProblems: 20 });
    expect(problems(capped)).toEqual(problems(parseSections({ faq }, [faqSection])));
    expect(problems(capped)).toHaveLength(1);
    expect(capped.ok || capped.more).toBeUndefined();
  });

  it('counts problems of every kind and section (parseContent too)', () => {
    const document = { faq: wrong(30), partners: 'none', surprise: 1 };
    const capped = parseContent(document, { maxProblems: 2 });
    expect(problems(capped)).toEqual(problems(parseContent(document)).slice(0, 2));
    expect(capped.ok || capped.more).toBe(true);
  });

  it('finds the problems of a long list at the same paths as the uncapped parse, in document order', () => {
    const faq: unknown[] = Array.from({ length: 1_000 }, (_, index) => item(index));
    faq[250] = { ...item(250), answer: ' ' };
    faq[777] = { ...item(777), extra: 1 };
    faq[999] = [item(999)];
    const capped = parseSections({ faq }, [faqSection], { locale: 'en', maxProblems: 20 });
    // The same problems; the uncapped parse lists a section's unknown keys after its other problems.
    const full = problems(parseSections({ faq }, [faqSection], { locale: 'en' }));
    expect(problems(capped)).toHaveLength(full.length);
    expect(problems(capped)).toEqual(expect.arrayContaining([...full]));
    expect(problems(capped).map((problem) => problem.path)).toEqual([
      'faq[250].answer',
      'faq[777].extra',
      'faq[999]',
    ]);
  });

  it('refuses a list over the item limit with the same problem, capped or not', () => {
    const faq = Array.from({ length: MAX_ITEMS + 1 }, (_, index) => item(index));
    const capped = parseSections({ faq }, [faqSection], { locale: 'en', maxProblems: 20 });
    expect(problems(capped)).toEqual(problems(parseSections({ faq }, [faqSection], { locale: 'en' })));
    expect(problems(capped)).toEqual([
      { path: 'faq', message: `Too many items: at most ${MAX_ITEMS.toLocaleString('en')}.` },
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN, '20', null])('ignores a cap of %s (lists every problem)', (max) => {
    const capped = parseSections({ faq: wrong(30) }, [faqSection], { maxProblems: max as number });
    expect(problems(capped)).toHaveLength(30);
  });
});

describe('the parsed content', () => {
  it('shares no object or list with the document (changing one never changes the other)', () => {
    const document = {
      faq: [{ id: 'satu', question: 'Q?', answer: 'A.' }],
      faqHeader: { title: 'Tanya', intro: 'Jawab.' },
    };
    for (const options of [{}, { maxProblems: 20 }]) {
      const result = parseSections(document, [faqSection, faqHeaderSection], options);
      if (!result.ok) throw new Error('expected valid content');
      expect(result.content.faq).not.toBe(document.faq);
      expect(result.content.faq[0]).not.toBe(document.faq[0]);
      expect(result.content.faqHeader).not.toBe(document.faqHeader);
      expect(result.content).toEqual(document);
    }
  });
});

describe('parseSectionsInSteps', () => {
  const faqOf = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      id: `tanya-${String(index)}`,
      question: `Pertanyaan ${String(index)}?`,
      answer: `Jawaban ${String(index)}.`,
    }));

  /** Runs every step, counting them. */
  function run<C>(steps: ParseSteps<C>): { result: ParseResult<C>; steps: number } {
    let count = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { result: step.value, steps: count };
      count++;
    }
  }

  it('checks a long list a hundred items a step and ends with what parseSections returns', () => {
    const document = { faq: faqOf(MAX_ITEMS), faqHeader: { title: 'Tanya', intro: 'Jawab.' } };
    const options = { locale: 'en', maxProblems: 20 } as const;
    const { result, steps } = run(parseSectionsInSteps(document, [faqSection, faqHeaderSection], options));
    expect(steps).toBeGreaterThanOrEqual(MAX_ITEMS / 100);
    expect(result).toEqual(parseSections(document, [faqSection, faqHeaderSection], options));
    expect(result.ok && result.content.faq).toHaveLength(MAX_ITEMS);
  });

  it('stops at the cap: 10,000 wrong items take a step or two, and say there are more', () => {
    const faq = faqOf(MAX_ITEMS).map((entry) => ({ ...entry, id: 'Bukan Id!' }));
    const { result, steps } = run(parseSectionsInSteps({ faq }, [faqSection], { maxProblems: 20 }));
    expect(steps).toBeLessThanOrEqual(3);
    expect(result.ok || result.problems).toHaveLength(20);
    expect(result.ok || result.more).toBe(true);
  });

  it('never throws, not even from a hostile getter met half-way', () => {
    const faq = faqOf(300);
    Object.defineProperty(faq, 250, {
      get() {
        throw new Error('boom');
      },
    });
    const { result } = run(parseSectionsInSteps({ faq }, [faqSection], { locale: 'en', maxProblems: 20 }));
    expect(problems(result)).toEqual([{ path: '', message: 'The document could not be checked.' }]);
  });
});
