/**
 * The fallback the plugin writes on the server is the markup `createElementMarkup` writes, which is exactly
 * what each element reads back as its content (that contract is tested in packages/elements). Built-in
 * content and site owners' documents (with markup, quotes, shortcodes and unsafe links in their text) go
 * through both. The plugin also escapes `[` and `]` (so WordPress runs no shortcode written in content), and
 * writes a link as given where the browser's URL parser would normalise it; both are compared as the browser
 * reads them.
 */
import { describe, expect, it } from 'vitest';
import { parseContent, type SectionName } from '@ketahanan/model';
import { SNIPPET_TAGS, createElementMarkup, type SnippetTag } from '@ketahanan/elements/snippet';
import { goodDocuments } from '../../../packages/model/test/corpus.ts';
import { runPhp } from './support/run-php.ts';

interface RenderCase {
  readonly tag: SnippetTag;
  readonly locale: 'id' | 'en';
  readonly document: Record<string, unknown>;
  readonly provided: readonly SectionName[];
  readonly sectionHeader: boolean;
}

const hostile = {
  faq: [
    {
      id: 'tanda',
      question: 'Apakah "[gallery]" & <b>tebal</b> aman?',
      answer: 'Ya: AT&amp;T, it\'s -- "fine" [embed]x[/embed].',
    },
  ],
  principles: [
    {
      id: 'visi-bersama',
      title: 'Visi <i>Bersama</i>',
      description: 'Satu [tujuan].',
      prevents: 'salah-paham',
    },
  ],
  challenges: [
    {
      id: 'salah-paham',
      title: 'Salah "paham"',
      description: 'Ada & tidak.',
      solution: 'Bicara [lagi].',
      principle: 'visi-bersama',
    },
  ],
  partners: [
    {
      id: 'bumdes',
      name: 'BUMDes <Maju>',
      sector: 'swasta',
      url: 'https://bumdes.example',
      logo: 'javascript:alert(1)',
      contributions: ['finansial', 'sdm'],
      area: 'Desa "Mekar"',
      description: 'Kredit [mikro].',
    },
    { id: 'warga', name: 'Warga', sector: 'komunitas-lokal', url: ' JavaScript:alert(2)' },
    { id: 'dinas', name: 'Dinas', sector: 'pemerintah', url: '/mitra/dinas?a=1&b=2' },
    {
      id: 'koperasi',
      name: 'Koperasi',
      url: 'https:koperasi.example/ä b',
      logo: 'HTTPS://Desa.Example/Logo Desa.png',
    },
    { id: 'pkk', name: 'PKK', url: 'tel:+62 274 5555', logo: 'logo pkk\\ä.png' },
  ],
};

function casesFor(document: Record<string, unknown>, sectionHeader = false): RenderCase[] {
  const result = parseContent(document);
  if (!result.ok) throw new Error(`not a valid document: ${JSON.stringify(result.problems)}`);
  return SNIPPET_TAGS.flatMap((tag) =>
    (['id', 'en'] as const).map((locale) => ({
      tag,
      locale,
      document,
      provided: result.provided,
      sectionHeader,
    })),
  );
}

/** A site owner's own section headers, one without an intro. */
const ownHeaders = {
  faqHeader: { title: 'Tanya "jawab" [desa]' },
  challengesHeader: { title: 'Tantangan <kami>', intro: 'Yang kami hadapi & atasi.' },
  principlesHeader: { title: 'Prinsip', intro: 'Pegangan [kami].' },
  partnershipsHeader: { title: 'Kemitraan desa' },
};

/**
 * What the browser reads: `&#91;`/`&#93;` are `[`/`]`, and an absolute link or logo is the URL parser's
 * normal form (a relative one must be written exactly alike).
 */
function asBrowserReads(markup: string): string {
  return markup
    .replaceAll('&#91;', '[')
    .replaceAll('&#93;', ']')
    .replace(
      /(href|data-logo)="([a-z][a-z\d+.-]*:[^"]*)"/gi,
      (_whole, name: string, url: string) =>
        `${name}="${new URL(url.replaceAll('&amp;', '&')).href.replaceAll('&', '&amp;')}"`,
    );
}

describe('the plugin’s server-rendered fallback and createElementMarkup agree', () => {
  const cases = [
    ...casesFor({}),
    ...goodDocuments
      .filter(
        (good) =>
          typeof good.document === 'object' && good.document !== null && !Array.isArray(good.document),
      )
      .flatMap((good) => casesFor(good.document as Record<string, unknown>)),
    ...casesFor(hostile),
    ...casesFor({}, true),
    ...casesFor(ownHeaders, true),
    ...casesFor({ ...hostile, ...ownHeaders }, true),
  ];
  const php = runPhp('render.php', cases) as string[];

  it.each(
    cases.map((testCase, index) => ({
      ...testCase,
      index,
      name: `${Object.keys(testCase.document).join('+') || 'built-in'}${testCase.sectionHeader ? ', section-header' : ''}`,
    })),
  )('<$tag> in $locale, content: $name', ({ tag, locale, document, provided, sectionHeader, index }) => {
    const result = parseContent(document, { locale });
    if (!result.ok) throw new Error('invalid');
    const expected = createElementMarkup({ tag, locale, content: result.content, provided, sectionHeader });
    expect(asBrowserReads(php[index] ?? '')).toBe(asBrowserReads(expected));
  });

  it('escapes shortcode brackets and every ampersand, and never links an unsafe URL', () => {
    const markup = php.join('\n');
    expect(markup).toContain('&#91;gallery&#93;');
    expect(markup).toContain('AT&amp;amp;T');
    expect(markup).not.toMatch(/javascript:|<b>|<i>/i);
  });
});
