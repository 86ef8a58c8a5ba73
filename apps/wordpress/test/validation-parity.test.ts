/**
 * The plugin's PHP validator says what `parseContent` says. The model's own corpus of bad and good documents
 * (packages/model/test/corpus.ts) and hundreds of randomly broken real documents (its fast-check
 * arbitraries) go through both, as JSON text, in both languages; every problem's path and message must match,
 * in the same order. Nothing the JavaScript validator refuses may be published by the settings page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContent, parseJson, type Problem } from '@ketahanan/model';
import {
  HIDDEN_CHARACTERS,
  badDocuments,
  goodDocuments,
  hiddenCharacterUrls,
} from '../../../packages/model/test/corpus.ts';
import { anyDocument, mutatedDocument } from '../../../packages/model/test/arbitraries.ts';
import { runPhp } from './support/run-php.ts';

type Locale = 'id' | 'en';
interface Case {
  readonly name: string;
  readonly text: string;
  readonly locale: Locale;
}

/** What the model reports for `text`: a broken-JSON problem, the document's problems, or none. */
function modelProblems({ text, locale }: Case): Problem[] {
  const json = parseJson(text, locale);
  if (!json.ok) return [json.problem];
  const result = parseContent(json.value, { locale });
  // A message may quote a key cut inside a surrogate pair; PHP, writing UTF-8, writes U+FFFD there.
  return result.ok
    ? []
    : result.problems.map((problem) => ({ ...problem, message: problem.message.toWellFormed() }));
}

function compare(cases: readonly Case[]): void {
  const php = runPhp('validate.php', cases) as Problem[][];
  expect(php).toHaveLength(cases.length);
  cases.forEach((testCase, index) => {
    expect(php[index], `${testCase.name} (${testCase.locale})`).toEqual(modelProblems(testCase));
  });
}

/**
 * JSON text of a document. `JSON.stringify` recurses, and the corpus nests a list 5,000 deep: such lists are
 * written iteratively in its place.
 */
function jsonText(document: unknown): string {
  const deep: string[] = [];
  const text = JSON.stringify(document, (_key, value: unknown) => {
    let depth = 0;
    let inner = value;
    while (Array.isArray(inner) && inner.length === 1) {
      inner = inner[0];
      depth++;
    }
    if (depth < 100) return value;
    deep.push(`${'['.repeat(depth)}${JSON.stringify(inner)}${']'.repeat(depth)}`);
    return `\u0000deep${String(deep.length - 1)}`;
  });
  return text.replace(/"\\u0000deep(\d+)"/g, (_match, index: string) => deep[Number(index)] ?? '');
}

function tooDeepDocuments() {
  return badDocuments.filter((bad) => /\[{1000}/.test(jsonText(bad.document)));
}

const LOCALES: readonly Locale[] = ['id', 'en'];
const asCases = (name: string, text: string): Case[] => LOCALES.map((locale) => ({ name, text, locale }));

/** JSON.stringify writes a lone surrogate as `\udXXX`, which JavaScript reads and PHP refuses. */
const LONE_SURROGATE = /\\ud[89a-f]/i;

describe('the PHP validator and parseContent agree', () => {
  const tooDeep = tooDeepDocuments();
  const shallow = badDocuments.filter((bad) => !tooDeep.includes(bad));

  it('the corpus is all here: every bad document is compared, or refused below for its depth', () => {
    expect(shallow.length + tooDeep.length).toBe(badDocuments.length);
    expect(tooDeep.map((bad) => bad.name)).toEqual(['absurd nesting in place of text']);
  });

  it.each(shallow)('on the bad document "$name": same paths, same messages, both languages', (bad) => {
    const cases = asCases(bad.name, jsonText(bad.document));
    compare(cases);
    expect(
      modelProblems(cases[0] as Case)
        .map((problem) => problem.path)
        .sort(),
    ).toEqual([...bad.paths].sort());
  });

  it('on every good document of the corpus: no problem at all', () => {
    compare(goodDocuments.flatMap((good) => asCases(good.name, jsonText(good.document))));
  });

  it('on broken JSON: the same line, column and character', () => {
    const texts = [
      '{ "faq": [ }',
      '{"faq": [{"id": "a",}]}',
      '\uFEFF{"meta": ',
      '',
      '{"a": 1} x',
      '{\n  "faq": [\n    \u00A0]\n}',
    ];
    compare(texts.flatMap((text, index) => asCases(`broken JSON #${String(index)}`, text)));
  });

  it('on every hidden character at every place of an address: the character named, its place counted in code points', () => {
    const partnersWith = (urls: readonly string[]) =>
      urls.map((url, index) => ({ id: `mitra-${String(index)}`, name: 'Mitra', url, logo: `🌾${url}` }));
    const documents = HIDDEN_CHARACTERS.map((character) =>
      hiddenCharacterUrls.filter((url) => url.includes(character)),
    ).map((urls) => ({ partners: partnersWith(urls) }));
    const cases = documents.flatMap((document, index) =>
      asCases(`hidden character #${String(index)}`, JSON.stringify(document)),
    );
    compare(cases);
    expect(modelProblems(cases[0] as Case)[0]).toEqual({
      path: 'partners[0].url',
      message: 'Berisi karakter tak terlihat U+0000 di posisi 1; hapus karakter itu.',
    });
  });

  it('on 400 real documents broken at random (values replaced, keys added and removed, items duplicated)', () => {
    const documents = fc.sample(fc.oneof(mutatedDocument, mutatedDocument, anyDocument), {
      numRuns: 400,
      seed: 15,
    });
    const texts = documents
      .map((document) => JSON.stringify(document))
      .filter((text) => !LONE_SURROGATE.test(text));
    expect(texts.length).toBeGreaterThan(300);
    const cases = texts.map((text, index): Case => ({
      name: `random #${String(index)}`,
      text,
      locale: LOCALES[index % 2] as Locale,
    }));
    compare(cases);
    // The corpus above cannot fail to exercise the checks: most random documents are refused.
    expect(cases.filter((testCase) => modelProblems(testCase).length > 0).length).toBeGreaterThan(100);
  });
});

describe('what PHP alone refuses is still never published', () => {
  it.each(tooDeepDocuments())('nesting past PHP’s parser ("$name") is refused whole', (bad) => {
    const [problems] = runPhp('validate.php', [
      { name: bad.name, text: jsonText(bad.document), locale: 'en' },
    ]) as Problem[][];
    expect(problems).toEqual([{ path: '', message: 'This value is not valid.' }]);
  });

  it('a lone UTF-16 surrogate escape, which JavaScript would accept, is refused with a problem', () => {
    const [problems] = runPhp('validate.php', [
      { name: 'lone', text: '{"faq": [{"id": "a", "question": "\\ud800?", "answer": "A."}]}', locale: 'en' },
    ]) as Problem[][];
    expect(problems).toEqual([{ path: '', message: 'This value is not valid.' }]);
  });
});
