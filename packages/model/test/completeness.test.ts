/**
 * The Indonesian content is the article: every reason, principle, partnership, benefit, challenge, solution and
 * FAQ item is read out of the article text file and compared with `defaultContent.id`, both ways (nothing
 * missing, nothing invented, same order, same wording).
 */
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../src/index.js';
import { readArticle } from './article.js';

const article = readArticle();
const lines = article.split(/\r?\n/).map((line) => line.trim());
const content = defaultContent.id;

/** The lines strictly between the heading `from` and the heading `to`. */
function between(from: string, to: string): string[] {
  const start = lines.indexOf(from);
  const end = lines.indexOf(to, start + 1);
  expect(start, `heading "${from}" in the article`).toBeGreaterThanOrEqual(0);
  expect(end, `heading "${to}" in the article`).toBeGreaterThan(start);
  return lines.slice(start + 1, end).filter((line) => line !== '' && line !== '-');
}

/** `Title: description` list items (the article's bullet lists), skipping the line that introduces them. */
function colonItems(block: string[]): { title: string; description: string }[] {
  return block
    .filter((line) => /^[^:]+: ./.test(line))
    .map((line) => {
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

/** `Outcome` sentences are article fragments, capitalised to stand alone as list items. */
function containsFragment(text: string, fragment: string): boolean {
  return text.includes(fragment) || text.includes(fragment.charAt(0).toLowerCase() + fragment.slice(1));
}

describe('the Indonesian content matches the article', () => {
  it('opens with the article’s first paragraph as the lead', () => {
    expect(content.meta.lead).toBe(lines[0]);
  });

  it('defines local resilience, its aspects and threats in the article’s words', () => {
    const [paragraph = ''] = between('Apa Itu Ketahanan Lokal?', 'Mengapa Kemitraan Itu Penting?');
    expect(content.resilience.title).toBe('Apa Itu Ketahanan Lokal?');
    expect(article).toContain(content.resilience.definition);
    expect(paragraph).toContain(content.resilience.description);
    expect(paragraph).toContain(content.resilience.note);
    for (const aspect of content.resilience.aspects) expect(paragraph).toContain(aspect.name.toLowerCase());
    for (const threat of content.resilience.threats) expect(paragraph).toContain(threat.name.toLowerCase());
    expect(content.resilience.aspects.map((aspect) => aspect.id)).toEqual([
      'ekonomi',
      'sosial',
      'lingkungan',
      'budaya',
    ]);
  });

  it('names the four partner sectors the article lists', () => {
    expect(article).toContain('termasuk pemerintah, swasta, masyarakat sipil, dan komunitas lokal');
    for (const sector of content.sectors) expect(article).toContain(sector.name.toLowerCase());
    expect(content.sectors).toHaveLength(4);
  });

  it('has every reason why partnerships matter, in order', () => {
    const block = between('Mengapa Kemitraan Itu Penting?', 'Prinsip Dasar Kemitraan yang Efektif');
    expect(content.reasons.map(({ title, description }) => ({ title, description }))).toEqual(
      colonItems(block),
    );
    expect(content.reasons).toHaveLength(4);
  });

  it('has every principle, in order', () => {
    const block = between(
      'Prinsip Dasar Kemitraan yang Efektif',
      'Contoh-contoh Praktik Baik Kemitraan dalam Memperkuat Ketahanan Lokal',
    );
    expect(content.principles.map(({ title, description }) => ({ title, description }))).toEqual(
      colonItems(block),
    );
    expect(content.principles).toHaveLength(4);
  });

  it('has every good-practice partnership with its wording, outcomes and named partners', () => {
    const items = numberedItems(
      between(
        'Contoh-contoh Praktik Baik Kemitraan dalam Memperkuat Ketahanan Lokal',
        'Manfaat Kemitraan bagi Komunitas Lokal',
      ),
    );
    expect(content.partnerships.map((partnership) => partnership.title)).toEqual(
      items.map((item) => item.title),
    );
    content.partnerships.forEach((partnership, index) => {
      const text = items[index]?.text ?? '';
      expect(text.startsWith(partnership.summary)).toBe(true);
      for (const outcome of partnership.outcomes) expect(containsFragment(text, outcome), outcome).toBe(true);
      for (const partnerId of partnership.partners) {
        const partner = content.partners.find((candidate) => candidate.id === partnerId);
        const name = (partner?.name ?? partnerId).replace(/\s*\(.*\)$/, '').toLowerCase();
        expect(text.toLowerCase(), `${partnership.id} names ${name}`).toContain(name);
      }
    });
  });

  it('has every benefit, its description and its example', () => {
    const block = between(
      'Manfaat Kemitraan bagi Komunitas Lokal',
      'Tantangan dan Solusi dalam Membangun Kemitraan',
    ).slice(1);
    const pairs = block.flatMap((line, index) =>
      index % 2 === 0 ? [{ title: line, text: block[index + 1] }] : [],
    );
    expect(
      content.benefits.map((benefit) => ({
        title: benefit.title,
        text: `${benefit.description} ${benefit.example}`,
      })),
    ).toEqual(pairs);
  });

  it('has every challenge with its description and solution', () => {
    const items = numberedItems(between('Tantangan dan Solusi dalam Membangun Kemitraan', 'Kesimpulan'));
    expect(
      content.challenges.map((challenge) => ({
        title: challenge.title,
        text: `${challenge.description} ${challenge.solution}`,
      })),
    ).toEqual(items);
  });

  it('has the conclusion and the closing call to action', () => {
    expect(content.conclusion.text).toBe(between('Kesimpulan', 'FAQ (Pertanyaan yang Sering Diajukan)')[0]);
    expect(lines.filter((line) => line !== '').at(-1)).toBe(
      `${content.callToAction.text} ${content.callToAction.title}`,
    );
  });

  it('has every FAQ question and answer, in order', () => {
    const start = lines.indexOf('FAQ (Pertanyaan yang Sering Diajukan)');
    const items = numberedItems(lines.slice(start + 1));
    expect(content.faq.map((item) => ({ title: item.question, text: item.answer }))).toEqual(items);
    expect(content.faq).toHaveLength(5);
  });

  it('names each concrete actor of the examples as a partner', () => {
    const lower = article.toLowerCase();
    for (const partner of content.partners) {
      // "LSM (organisasi non-pemerintah)": the article says "LSM" and "organisasi non-pemerintah" separately.
      const [, name = '', aside] = /^(.*?)(?:\s*\((.*)\))?$/.exec(partner.name.toLowerCase()) ?? [];
      expect(lower, partner.id).toContain(name);
      if (aside !== undefined) expect(lower, partner.id).toContain(aside);
    }
  });
});
