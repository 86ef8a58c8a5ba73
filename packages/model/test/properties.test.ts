/**
 * Property-based tests (fast-check): whatever JSON a site hands the model, parsing never throws, every problem
 * points at something that is really in the document, and merging never mutates or pollutes anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  challengesSection,
  defaultContent,
  faqSection,
  mergeContent,
  parseContent,
  parseSections,
  partnershipsSection,
  partnersSection,
  principlesSection,
  sectorsSection,
  type Content,
  type Problem,
} from '../src/index.js';
import { anyDocument, hiddenCharacterUrl, mutatedDocument, partialDocument } from './arbitraries.js';

const REQUIRED = new Set(['Wajib diisi, tetapi tidak ada.', 'Required, but missing.']);
const ALL_SECTIONS = [
  sectorsSection,
  partnersSection,
  partnershipsSection,
  principlesSection,
  challengesSection,
  faqSection,
];

/** Reads `faq[2].answer` or `partners[0]["nama lengkap"]` back into segments. */
function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const token = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  for (let rest = path; rest !== '';) {
    const match = token.exec(rest);
    if (match === null) throw new Error(`Unreadable path ${path}`);
    segments.push(
      match[1] ?? (match[2] === undefined ? (JSON.parse(match[3] ?? '""') as string) : Number(match[2])),
    );
    rest = rest.slice(match[0].length);
  }
  return segments;
}

function has(container: unknown, segment: string | number): boolean {
  if (Array.isArray(container)) return typeof segment === 'number' && segment < container.length;
  return typeof container === 'object' && container !== null && Object.hasOwn(container, segment);
}

/** The path exists in the input, or its parent does and the problem is the missing required key. */
function pointsIntoInput(input: unknown, problem: Problem): boolean {
  const segments = parsePath(problem.path);
  let node = input;
  for (const [index, segment] of segments.entries()) {
    if (!has(node, segment)) return index === segments.length - 1 && REQUIRED.has(problem.message);
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

function expectWellFormed(result: ReturnType<typeof parseContent>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    // One line, whatever the document's keys and ids hold: invisible characters arrive as escapes.
    // eslint-disable-next-line no-control-regex
    expect(`${problem.path} ${problem.message}`).not.toMatch(/[\u0000-\u001f\u2028\u2029\u202e]/);
    expect(problem.message).toMatch(/^\S/);
  }
}

/** Every object in `value` has a plain prototype and holds no prototype-related own key. */
function expectPlainData(value: unknown): void {
  const wrong: string[] = [];
  const pending = [value];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    const prototype: unknown = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== Array.prototype) wrong.push('a foreign prototype');
    for (const key of ['__proto__', 'constructor', 'prototype'])
      if (Object.hasOwn(node, key)) wrong.push(key);
    pending.push(...(Object.values(node) as unknown[]));
  }
  expect(wrong).toEqual([]);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('parseContent and parseSections on arbitrary input', () => {
  it('never throw, and always answer with content or well-formed problems', () => {
    fc.assert(
      fc.property(anyDocument, fc.constantFrom('id' as const, 'en' as const), (input, locale) => {
        expectWellFormed(parseContent(input, { locale }));
        expectWellFormed(parseSections(input, ALL_SECTIONS, { locale }) as ReturnType<typeof parseContent>);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on any JavaScript value either (undefined, functions, symbols, bigints, class instances)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true }),
        (input) => {
          expectWellFormed(parseContent(input));
          expectWellFormed(parseSections(input, [faqSection]) as ReturnType<typeof parseContent>);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('name only paths that exist in the input (or a required key missing from it)', () => {
    // Mostly real documents broken in places (their problems sit deep inside), plus any JSON and any
    // JavaScript value at all: the issue asks this of every rejection, not only of near-valid documents.
    const anyInput = fc.oneof(
      { arbitrary: mutatedDocument, weight: 3 },
      { arbitrary: anyDocument, weight: 1 },
      { arbitrary: fc.anything(), weight: 1 },
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        const whole = parseContent(input, { locale: 'en' });
        const some = parseSections(input, ALL_SECTIONS, { locale: 'en' });
        for (const problem of [...(whole.ok ? [] : whole.problems), ...(some.ok ? [] : some.problems)]) {
          expect(pointsIntoInput(input, problem), `${problem.path}: ${problem.message}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('produce content that is itself valid, with every reference resolved after merging', () => {
    fc.assert(
      fc.property(partialDocument, (document) => {
        const result = parseContent(document);
        if (!result.ok) return;
        const again = parseContent(result.content);
        expect(again.ok ? [] : again.problems).toEqual([]);
        expect(again.ok && again.content).toEqual(result.content);
      }),
      { numRuns: 200 },
    );
  });

  it('leave Object.prototype untouched', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(anyDocument, (input) => {
        const result = parseContent(input);
        if (result.ok) expectPlainData(result.content);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    expect(prototypeKeys()).toEqual(before);
  });
});

describe('partner addresses hiding a character', () => {
  it('are refused at their own path, whichever partner and field, in either language', () => {
    fc.assert(
      fc.property(
        hiddenCharacterUrl,
        fc.constantFrom('url' as const, 'logo' as const),
        fc.nat({ max: 4 }),
        fc.constantFrom('id' as const, 'en' as const),
        (url, field, index, locale) => {
          const partners = defaultContent[locale].partners.slice(0, 5).map((partner) => ({ ...partner }));
          const target = partners[index];
          if (!target) return;
          target[field] = url;
          const result = parseContent({ partners }, { locale });
          expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
            `partners[${String(index)}].${field}`,
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('mergeContent on arbitrary documents', () => {
  it('never mutates its inputs (they may even be frozen)', () => {
    fc.assert(
      fc.property(anyDocument, (document) => {
        if (typeof document !== 'object' || document === null) return;
        const defaults: Content = deepFreeze(structuredClone({ ...defaultContent.id }));
        const before = JSON.stringify(document);
        const defaultsBefore = JSON.stringify(defaults);
        mergeContent(defaults, deepFreeze(document));
        expect(JSON.stringify(document)).toBe(before);
        expect(JSON.stringify(defaults)).toBe(defaultsBefore);
      }),
      { numRuns: 200 },
    );
  });

  it('never lets __proto__, constructor or prototype keys reach a prototype or the result', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(mutatedDocument, (document) => {
        if (typeof document !== 'object' || document === null) return;
        const merged = mergeContent({ ...defaultContent.en }, document);
        expectPlainData(merged);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expect(prototypeKeys()).toEqual(before);
  });
});
