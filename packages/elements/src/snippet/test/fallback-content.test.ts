import { describe, expect, it } from 'vitest';
import {
  challengesHeaderSection,
  challengesSection,
  faqHeaderSection,
  faqSection,
  partnershipsHeaderSection,
  partnershipsSection,
  partnersSection,
  principlesHeaderSection,
  principlesSection,
  type Locale,
  type SectionName,
} from '@ketahanan/model';
import { createSnippet, type FallbackContent, type SnippetTag } from '../index.js';
import { parseSnippet, textOf } from './parse-snippet.js';

function widget(
  tag: SnippetTag,
  locale: Locale,
  extra: { src?: string; content?: FallbackContent; provided?: SectionName[]; sectionHeader?: boolean } = {},
): Element {
  const html = createSnippet({ tag, locale, version: '1.2.3', integrity: null, ...extra });
  const element = parseSnippet(html).querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in the snippet`);
  return element;
}

describe.each(['id', 'en'] as const)('when JavaScript is unavailable (%s)', (locale) => {
  it('the FAQ reads as native <details>, one per question, each with its answer', () => {
    const element = widget('kl-faq-accordion', locale);
    const items = [...element.querySelectorAll(':scope > details')];
    const faq = faqSection.defaults[locale];
    expect(items).toHaveLength(faq.length);
    items.forEach((details, index) => {
      const summary = details.querySelector(':scope > summary');
      expect(textOf(summary)).toBe(faq[index]?.question);
      expect(textOf(details).slice(textOf(summary).length).trim()).toBe(faq[index]?.answer);
    });
  });

  it('the checklist lists every principle with its description', () => {
    const text = textOf(widget('kl-principle-checklist', locale));
    const items = widget('kl-principle-checklist', locale).querySelectorAll('li');
    expect(items).toHaveLength(principlesSection.defaults[locale].length);
    for (const principle of principlesSection.defaults[locale]) {
      expect(text).toContain(principle.title);
      expect(text).toContain(principle.description);
    }
  });

  it('each checklist item carries its principle’s id and the challenge it prevents, as data- attributes', () => {
    const items = [...widget('kl-principle-checklist', locale).querySelectorAll(':scope > ul > li')];
    expect(
      items.map((item) => ({
        id: item.getAttribute('data-id'),
        prevents: item.getAttribute('data-prevents') ?? undefined,
        title: textOf(item.querySelector(':scope > strong')),
      })),
    ).toEqual(principlesSection.defaults[locale].map(({ id, prevents, title }) => ({ id, prevents, title })));
    // Never an `id`: two checklists on one page would repeat it.
    expect(items.filter((item) => item.hasAttribute('id'))).toEqual([]);
  });

  it('the explorer lists every challenge with its solution, labelled in the reader’s language', () => {
    const text = textOf(widget('kl-challenge-explorer', locale));
    expect(text).toContain(locale === 'id' ? 'Solusi:' : 'Solution:');
    for (const challenge of challengesSection.defaults[locale]) {
      expect(text).toContain(challenge.title);
      expect(text).toContain(challenge.solution);
    }
  });

  it('the partner cards list every partnership and the partners it names', () => {
    const text = textOf(widget('kl-partner-cards', locale));
    const partners = new Map(partnersSection.defaults[locale].map((partner) => [partner.id, partner.name]));
    for (const partnership of partnershipsSection.defaults[locale]) {
      expect(text).toContain(partnership.title);
      for (const id of partnership.partners) expect(text).toContain(partners.get(id));
    }
  });

  it('each partnership’s outcomes follow its summary, as in the article, before its partners', () => {
    const text = textOf(widget('kl-partner-cards', locale));
    const outcomes = locale === 'id' ? 'Hasil:' : 'Outcomes:';
    const partnersLabel = locale === 'id' ? 'Mitra:' : 'Partners:';
    for (const partnership of partnershipsSection.defaults[locale]) {
      const at = text.indexOf(partnership.summary);
      expect(at).toBeGreaterThanOrEqual(0);
      const after = text.slice(at + partnership.summary.length);
      const next = after.search(/\S+:/u);
      if (partnership.outcomes?.length) {
        expect(after.slice(next).startsWith(outcomes)).toBe(true);
        for (const outcome of partnership.outcomes)
          expect(after.indexOf(outcome)).toBeLessThan(after.indexOf(partnersLabel));
      } else {
        // No outcome reported (the farming example), so no empty "Hasil" list either.
        expect(after.slice(next).startsWith(partnersLabel)).toBe(true);
      }
    }
  });

  it.each([
    ['kl-faq-accordion', faqHeaderSection],
    ['kl-principle-checklist', principlesHeaderSection],
    ['kl-challenge-explorer', challengesHeaderSection],
    ['kl-partner-cards', partnershipsHeaderSection],
  ] as const)(
    '%s with sectionHeader: the attribute, and the section’s title and intro first',
    (tag, section) => {
      const element = widget(tag, locale, { sectionHeader: true });
      const header = section.defaults[locale];
      expect(element.hasAttribute('section-header')).toBe(true);
      const [first, second] = [...element.children];
      expect(first?.localName).toBe('h3');
      expect(textOf(first)).toBe(header.title);
      if (header.intro) expect([second?.localName, textOf(second)]).toEqual(['p', header.intro]);
      else expect(second?.localName).not.toBe('p');
      // Without it: neither.
      const plain = widget(tag, locale);
      expect(plain.hasAttribute('section-header')).toBe(false);
      expect(textOf(plain)).not.toContain(header.title);
    },
  );

  it('the explorer’s challenges go one level deeper below the section title, as in the element', () => {
    const levels = (sectionHeader: boolean) =>
      [
        ...widget('kl-challenge-explorer', locale, { sectionHeader }).querySelectorAll(
          'section > :is(h3, h4)',
        ),
      ].map((heading) => heading.localName);
    expect(new Set(levels(true))).toEqual(new Set(['h4']));
    expect(new Set(levels(false))).toEqual(new Set(['h3']));
  });

  it('the element carries the language of its fallback', () => {
    expect(widget('kl-faq-accordion', locale).getAttribute('lang')).toBe(locale);
  });
});

describe('content from a site owner', () => {
  const content: FallbackContent = {
    faq: [
      {
        id: 'xss',
        question: '<img src=x onerror="alert(1)"> & co',
        answer: '</details><script>alert(2)</script>',
      },
    ],
    principles: [],
    challenges: [],
    partnerships: [],
    partners: [{ id: 'warga', name: 'Warga <b>RT 03</b>', sector: 'komunitas-lokal' }],
    sectors: [{ id: 'komunitas-lokal', name: 'Komunitas lokal' }],
  };

  it('is pre-rendered instead of the defaults, as text: markup in it never becomes markup', () => {
    const element = widget('kl-faq-accordion', 'id', { content });
    expect(element.querySelectorAll('img, script')).toHaveLength(0);
    expect(textOf(element.querySelector('summary'))).toBe('<img src=x onerror="alert(1)"> & co');
    expect(textOf(element)).toContain('</details><script>alert(2)</script>');
  });

  it('writes the site owner’s own section header, and none over their own partners', () => {
    const own = { ...content, faqHeader: { title: 'Tanya <Jawab>' } };
    const faq = widget('kl-faq-accordion', 'id', { content: own, sectionHeader: true });
    expect(textOf(faq.querySelector(':scope > h3'))).toBe('Tanya <Jawab>');
    expect(faq.querySelector(':scope > p')).toBeNull();
    const cards = widget('kl-partner-cards', 'id', { content, provided: ['partners'], sectionHeader: true });
    expect(cards.querySelector(':scope > h3')).toBeNull();
  });

  it('lists the document’s own partners, as the cards do when it supplies partners', () => {
    const element = widget('kl-partner-cards', 'id', { content, provided: ['partners'] });
    expect(element.querySelectorAll('b')).toHaveLength(0);
    expect(textOf(element)).toBe('Warga <b>RT 03</b> (Komunitas lokal)');
  });

  it('writes each partner in the format the cards read back: data attributes, name, area, description', () => {
    const partner = {
      id: 'bumdes-"maju"',
      name: 'BUMDes <Maju>',
      sector: 'swasta',
      description: 'Kredit & pelatihan.',
      area: 'Desa "Mekar"',
      contributions: ['finansial', 'sdm'] as ('finansial' | 'sdm')[],
      url: 'https://bumdes.example/?a=1&b=2',
      logo: 'https://bumdes.example/logo.svg',
    };
    const element = widget('kl-partner-cards', 'id', {
      content: { ...content, partners: [partner], sectors: [{ id: 'swasta', name: 'Swasta' }] },
      provided: ['partners'],
    });
    const item = element.querySelector(':scope > ul > li');
    expect(item?.getAttribute('id')).toBeNull();
    expect(item?.getAttribute('data-id')).toBe(partner.id);
    expect(item?.getAttribute('data-sector')).toBe('swasta');
    expect(item?.getAttribute('data-contributions')).toBe('finansial sdm');
    expect(item?.getAttribute('data-logo')).toBe(partner.logo);
    expect(item?.querySelector(':scope > a')?.getAttribute('href')).toBe(partner.url);
    expect(textOf(item?.querySelector('a > strong'))).toBe(partner.name);
    expect(textOf(item?.querySelector('[data-field="area"]'))).toBe(partner.area);
    expect(textOf(item?.querySelector('[data-field="description"]'))).toBe(partner.description);
    expect(textOf(item)).toBe('BUMDes <Maju> (Swasta): Desa "Mekar". Kredit & pelatihan.');
  });

  it('leaves out what a partner does not have, and an unsafe logo', () => {
    const element = widget('kl-partner-cards', 'id', {
      content: {
        ...content,
        partners: [{ id: 'warga', name: 'Warga', sector: 'komunitas-lokal', logo: 'javascript:alert(1)' }],
      },
      provided: ['partners'],
    });
    const item = element.querySelector('li');
    expect(item?.getAttributeNames().sort()).toEqual(['data-id', 'data-sector']);
    expect(item?.querySelectorAll('a, [data-field]')).toHaveLength(0);
  });

  it('writes the article’s partnerships without partner attributes (the cards show their defaults)', () => {
    const element = widget('kl-partner-cards', 'id');
    expect(element.querySelectorAll('li')).not.toHaveLength(0);
    expect(element.querySelectorAll('[data-id], [data-sector], [data-field]')).toHaveLength(0);
  });

  it('links a partner only through a safe URL', () => {
    const partners = [
      { id: 'a', name: 'Aman', sector: 'komunitas-lokal', url: 'https://aman.example/' },
      { id: 'b', name: 'Bahaya', sector: 'komunitas-lokal', url: 'javascript:alert(1)' },
    ];
    const element = widget('kl-partner-cards', 'id', {
      content: { ...content, partners },
      provided: ['partners'],
    });
    expect([...element.querySelectorAll('a')].map((link) => link.href)).toEqual(['https://aman.example/']);
  });

  it('writes a principle’s text and ids as text and attribute values, never as markup', () => {
    const principles = [
      {
        id: 'a"><script>alert(1)</script>',
        title: 'Rapat <b>rutin</b>',
        description: 'Setiap bulan & </li></ul><img src=x>',
        prevents: 'x" onclick="alert(2)',
      },
    ];
    const element = widget('kl-principle-checklist', 'id', { content: { ...content, principles } });
    expect(element.querySelectorAll('script, b, img, [onclick]')).toHaveLength(0);
    const item = element.querySelector('li');
    expect(item?.getAttribute('data-id')).toBe(principles[0]?.id);
    expect(item?.getAttribute('data-prevents')).toBe(principles[0]?.prevents);
    expect(textOf(item)).toBe('Rapat <b>rutin</b>: Setiap bulan & </li></ul><img src=x>');
  });

  it('keeps its src as an attribute, normalised and escaped', () => {
    const html = createSnippet({
      tag: 'kl-faq-accordion',
      version: '1.2.3',
      integrity: null,
      src: '/konten/faq.json?a=1&b="2"',
    });
    expect(html).toContain('src="/konten/faq.json?a=1&amp;b=%222%22"');
    const element = widget('kl-faq-accordion', 'id', { src: '/konten/faq.json?a=1&b="2"' });
    expect(element.getAttribute('src')).toBe('/konten/faq.json?a=1&b=%222%22');
  });
});
