/**
 * The Indonesian content is the article: every heading, opening passage, reason, principle, partnership,
 * benefit, challenge, solution, FAQ item and the closing paragraph is read out of the article text file and
 * compared with `defaultContent.id`, both ways (nothing missing, nothing invented, same order, same wording).
 * Then the whole is measured: how many of the article's words a reader of the content finds, in place.
 */
import { describe, expect, it } from 'vitest';
import { defaultContent, type SectionHeader } from '../src/index.js';
import { readArticle } from './article.js';
import { articleTextFields } from './content-fields.js';
import { wordCoverage } from './word-coverage.js';

const article = readArticle();
const lines = article.split(/\r?\n/).map((line) => line.trim());
const content = defaultContent.id;

/** The lines strictly between the heading `from` and the heading `to` (or the end). */
function between(from: string, to?: string): string[] {
  const start = lines.indexOf(from);
  const end = to === undefined ? lines.length : lines.indexOf(to, start + 1);
  expect(start, `heading "${from}" in the article`).toBeGreaterThanOrEqual(0);
  expect(end, `heading "${to}" in the article`).toBeGreaterThan(start);
  return lines.slice(start + 1, end).filter((line) => line !== '' && line !== '-');
}

/** `Title: description` list items (the article's bullet lists). */
function colonItems(block: string[]): { title: string; description: string }[] {
  return block.map((line) => {
    const colon = line.indexOf(': ');
    return { title: line.slice(0, colon), description: line.slice(colon + 2) };
  });
}

/** `1. Title` lines, each with the paragraph that follows it. */
function numberedItems(block: string[]): { title: string; text: string }[] {
  const items: { title: string; text: string }[] = [];
  block.forEach((line, index) => {
    const match = /^\d+\.\s+(.+)$/.exec(line);
    if (match?.[1] !== undefined) items.push({ title: match[1], text: block[index + 1] ?? '' });
  });
  return items;
}

/** The section under `heading`: its header as the article has it, and the lines of its list. */
function sectionUnder(heading: string, next: string, hasIntro: boolean) {
  const block = between(heading, next);
  const header: SectionHeader = hasIntro ? { title: heading, intro: block[0] ?? '' } : { title: heading };
  return { header, list: hasIntro ? block.slice(1) : block };
}

const REASONS = 'Mengapa Kemitraan Itu Penting?';
const PRINCIPLES = 'Prinsip Dasar Kemitraan yang Efektif';
const PARTNERSHIPS = 'Contoh-contoh Praktik Baik Kemitraan dalam Memperkuat Ketahanan Lokal';
const BENEFITS = 'Manfaat Kemitraan bagi Komunitas Lokal';
const CHALLENGES = 'Tantangan dan Solusi dalam Membangun Kemitraan';
const CONCLUSION = 'Kesimpulan';
const FAQ = 'FAQ (Pertanyaan yang Sering Diajukan)';

describe('the Indonesian content matches the article', () => {
  it('opens with the article’s first paragraph as the lead, which is where the definition lives', () => {
    expect(content.meta.lead).toBe(lines[0]);
    expect(content.meta.lead).toContain('Ketahanan lokal merujuk pada kemampuan');
    expect(content.resilience.definition).toBeUndefined();
  });

  it('has “Apa Itu Ketahanan Lokal?” whole: its paragraph, aspects and threats', () => {
    const [paragraph = ''] = between('Apa Itu Ketahanan Lokal?', REASONS);
    const { title, intro, description, note } = content.resilience;
    expect(title).toBe('Apa Itu Ketahanan Lokal?');
    expect([intro, description, note].join(' ')).toBe(paragraph);
    for (const aspect of content.resilience.aspects) expect(intro).toContain(aspect.name.toLowerCase());
    for (const threat of content.resilience.threats) expect(description).toContain(threat.name.toLowerCase());
    expect(content.resilience.aspects.map((aspect) => aspect.id)).toEqual([
      'ekonomi',
      'sosial',
      'lingkungan',
      'budaya',
    ]);
  });

  it('names the four partner sectors the article lists', () => {
    expect(content.reasonsHeader.intro).toContain(
      'termasuk pemerintah, swasta, masyarakat sipil, dan komunitas lokal',
    );
    expect(content.sectors.map((sector) => sector.name.toLowerCase())).toEqual([
      'pemerintah',
      'swasta',
      'masyarakat sipil',
      'komunitas lokal',
    ]);
  });

  it('has why partnerships matter: its heading, its opening passage and every reason, in order', () => {
    const { header, list } = sectionUnder(REASONS, PRINCIPLES, true);
    expect(content.reasonsHeader).toEqual(header);
    expect(content.reasons.map(({ title, description }) => ({ title, description }))).toEqual(
      colonItems(list),
    );
    expect(content.reasons).toHaveLength(4);
  });

  it('has the principles: heading, opening passage and every principle, in order', () => {
    const { header, list } = sectionUnder(PRINCIPLES, PARTNERSHIPS, true);
    expect(content.principlesHeader).toEqual(header);
    expect(content.principles.map(({ title, description }) => ({ title, description }))).toEqual(
      colonItems(list),
    );
    expect(content.principles).toHaveLength(4);
  });

  it('has every good-practice example whole, its reported results as outcomes', () => {
    const { header, list } = sectionUnder(PARTNERSHIPS, BENEFITS, false);
    expect(content.partnershipsHeader).toEqual(header);
    const items = numberedItems(list);
    expect(content.partnerships.map((partnership) => partnership.title)).toEqual(
      items.map((item) => item.title),
    );
    content.partnerships.forEach((partnership, index) => {
      const outcomes = partnership.outcomes ?? [];
      expect([partnership.summary, ...outcomes].join(' '), partnership.id).toBe(items[index]?.text);
    });
  });

  it('keeps the farming example’s last sentence whole: a hypothetical, not a reported outcome', () => {
    const farming = content.partnerships.find((partnership) => partnership.id === 'pertanian-berkelanjutan');
    expect(farming?.summary).toMatch(/Misalnya, .* dapat memberikan .*, sehingga petani bisa .*\.$/);
    expect(farming?.outcomes).toBeUndefined();
  });

  it('has the benefits: heading, opening passage, and each benefit with its description and example', () => {
    const { header, list } = sectionUnder(BENEFITS, CHALLENGES, true);
    expect(content.benefitsHeader).toEqual(header);
    const pairs = list.flatMap((line, index) =>
      index % 2 === 0 ? [{ title: line, text: list[index + 1] }] : [],
    );
    expect(
      content.benefits.map((benefit) => ({
        title: benefit.title,
        text: `${benefit.description} ${benefit.example}`,
      })),
    ).toEqual(pairs);
  });

  it('has the challenges: heading, opening passage, and each challenge with its solution', () => {
    const { header, list } = sectionUnder(CHALLENGES, CONCLUSION, true);
    expect(content.challengesHeader).toEqual(header);
    expect(
      content.challenges.map((challenge) => ({
        title: challenge.title,
        text: `${challenge.description} ${challenge.solution}`,
      })),
    ).toEqual(numberedItems(list));
  });

  it('has the conclusion', () => {
    expect(content.conclusion).toEqual({ title: CONCLUSION, text: between(CONCLUSION, FAQ)[0] });
  });

  it('has the FAQ: its heading and every question and answer, in order', () => {
    const { header, list } = sectionUnder(FAQ, lines.at(-1) ?? '', false);
    expect(content.faqHeader).toEqual(header);
    expect(content.faq.map((item) => ({ title: item.question, text: item.answer }))).toEqual(
      numberedItems(list),
    );
    expect(content.faq).toHaveLength(5);
  });

  it('closes with the article’s last paragraph, in its order (the invitation, then “Mari bersama-sama …!”)', () => {
    expect(content.callToAction).toEqual({ text: lines.filter((line) => line !== '').at(-1) });
    expect(content.callToAction.text).toMatch(/^Dengan segala potensi .*\. Mari bersama-sama .*!$/);
  });
});

describe('how much of the article the content carries', () => {
  const coverage = wordCoverage(
    article,
    articleTextFields(content).map(([, text]) => text),
  );
  const percent = ((100 * coverage.present) / coverage.words).toFixed(1);

  it(`carries ${percent}% of the article’s ${coverage.words} words in place, headings included (at least 99%)`, () => {
    expect(coverage.words).toBeGreaterThan(1_000);
    const missing = `the words no field holds: ${coverage.missing.join(' ')}`;
    expect(coverage.present / coverage.words, missing).toBeGreaterThanOrEqual(0.99);
  });
});
