/** Every bad document is rejected with exactly the expected paths and a plain, localized sentence for each. */
import { describe, expect, it } from 'vitest';
import { parseContent, type Problem } from '../src/index.js';
import { badDocuments, goodDocuments } from './corpus.js';

const problemsOf = (document: unknown, locale: 'id' | 'en'): readonly Problem[] => {
  const result = parseContent(document, { locale });
  return result.ok ? [] : result.problems;
};

describe('a corpus of bad documents', () => {
  it('holds at least 25 documents', () => {
    expect(badDocuments.length).toBeGreaterThanOrEqual(25);
  });

  it.each(badDocuments)('rejects $name at $paths', ({ document, paths }) => {
    expect(
      problemsOf(document, 'id')
        .map((problem) => problem.path)
        .sort(),
    ).toEqual([...paths].sort());
  });

  it.each(badDocuments)(
    'explains $name in one sentence per problem, in Indonesian and in English',
    ({ document }) => {
      const id = problemsOf(document, 'id');
      const en = problemsOf(document, 'en');
      expect(en.map((problem) => problem.path)).toEqual(id.map((problem) => problem.path));
      for (const [index, problem] of id.entries()) {
        const english = en[index]?.message ?? '';
        for (const message of [problem.message, english]) {
          expect(message).toMatch(/^\S.*[.!?]$/);
          expect(message).not.toMatch(/\n|Invalid (type|key|length)|Expected \w+ but received|at \w+ \(/);
          expect(message.length).toBeLessThan(400);
        }
        expect(english).not.toBe(problem.message);
      }
    },
  );
});

describe('a corpus of good documents', () => {
  it.each(goodDocuments)('accepts $name', ({ document }) => {
    expect(problemsOf(document, 'en')).toEqual([]);
  });
});
