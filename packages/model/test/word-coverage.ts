/**
 * How much of the article the Indonesian content carries, counted in the article's own words and in place:
 * a word of the article counts as present when some text of the content holds the stretch of the article it
 * stands in, character for character. Labels made from the article's words ("Pemerintah") do not count:
 * every "pemerintah" of the article would otherwise count as present because one label says it.
 */

export interface WordCoverage {
  /** Every word of the article, in order. */
  readonly words: number;
  /** Words inside a stretch that some text of the content reproduces exactly. */
  readonly present: number;
  /** The article's words that no text reproduces, in order (what a reader of the widgets never sees). */
  readonly missing: readonly string[];
}

const WORD = /\p{L}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The positions of the article that `texts` reproduce: every exact occurrence of every text. */
function coveredPositions(article: string, texts: readonly string[]): boolean[] {
  const covered: boolean[] = Array.from({ length: article.length }, () => false);
  for (const text of texts) {
    if (text === '') continue;
    for (let at = article.indexOf(text); at !== -1; at = article.indexOf(text, at + 1)) {
      covered.fill(true, at, at + text.length);
    }
  }
  return covered;
}

export function wordCoverage(article: string, texts: readonly string[]): WordCoverage {
  const covered = coveredPositions(article, texts);
  const missing: string[] = [];
  let words = 0;
  for (const match of article.matchAll(WORD)) {
    words += 1;
    const start = match.index;
    if (!covered.slice(start, start + match[0].length).every(Boolean)) missing.push(match[0]);
  }
  return { words, present: words - missing.length, missing };
}
