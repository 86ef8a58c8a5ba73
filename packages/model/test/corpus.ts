/**
 * Documents a site owner might write, good and bad. One list feeds the runtime tests, the JSON Schema
 * agreement test and the CLI tests, so every case is checked the same way everywhere.
 */
import { readFileSync } from 'node:fs';
import { defaultContent, MAX_ITEMS, MAX_TEXT_LENGTH } from '../src/index.js';

export interface BadDocument {
  readonly name: string;
  readonly document: unknown;
  /** Every problem path the runtime must report, and no other. */
  readonly paths: readonly string[];
  /**
   * Whether JSON Schema can see the mistake too. References, duplicate ids and characters that only Unicode's
   * segmentation finds (a run of jamo) cannot be expressed in JSON Schema: rejected only at run time.
   */
  readonly structural: boolean;
}

export interface GoodDocument {
  readonly name: string;
  readonly document: unknown;
}

const faqItem = { id: 'jam-layanan', question: 'Kapan kantor buka?', answer: 'Senin sampai Jumat.' };
const partner = { id: 'koperasi-tani', name: 'Koperasi Tani Makmur', sector: 'komunitas-lokal' };
const principle = { id: 'visi-bersama', title: 'Visi Bersama', description: 'Satu tujuan.' };
const withFaqItem = (fields: Record<string, unknown>) => ({ faq: [{ ...faqItem, ...fields }] });
/** `__proto__` survives only as JSON text: an object literal would set the prototype instead of a key. */
const fromJson = (text: string): unknown => JSON.parse(text);

/**
 * The whole article as version 0.1.0 shipped it, before section headers: every field the old schema had
 * (a definition, contributions, required sectors, areas, outcomes and links), as a site owner may have copied it.
 */
export const documentFor010: unknown = JSON.parse(
  readFileSync(new URL('fixtures/article-0.1.0.json', import.meta.url), 'utf8'),
);

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/** `count` consecutive code points from `first`, as strings. */
const codePoints = (first: number, count: number): string[] =>
  Array.from({ length: count }, (_, index) => String.fromCodePoint(first + index));

/**
 * Characters that hide what an address says: every C0 control, DEL, every C1 control, the zero-width and
 * joiner characters, the soft hyphen, the bidi marks, embeddings, overrides and isolates, the line and
 * paragraph separators, the byte-order mark and tag characters. Written out here, independently of the
 * model's own rule, so that the tests check the rule rather than repeat it.
 */
export const HIDDEN_CHARACTERS: readonly string[] = [
  ...codePoints(0x00, 0x20),
  '\u007f',
  ...codePoints(0x80, 0x20),
  '\u00ad', // soft hyphen
  '\u034f', // combining grapheme joiner
  '\u061c', // Arabic letter mark
  '\u180e', // Mongolian vowel separator
  ...codePoints(0x200b, 5), // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
  ...codePoints(0x2028, 7), // line and paragraph separators; bidi embeddings and overrides
  ...codePoints(0x2060, 5), // word joiner, invisible operators
  ...codePoints(0x2066, 4), // bidi isolates
  '\ufeff', // byte-order mark
  '\u{e0001}', // language tag
  '\u{e0041}', // tag letter A
];

/** Where a character may hide in `scheme:rest`: before each letter of the scheme, before and after the colon, at the end. */
function withCharacterEverywhere(url: string, character: string): string[] {
  const colon = url.indexOf(':');
  const positions = [...Array.from({ length: colon + 2 }, (_, index) => index), url.length];
  return positions.map((at) => `${url.slice(0, at)}${character}${url.slice(at)}`);
}

/**
 * Every hidden character at every position of a dangerous scheme (in three casings) and of an allowed
 * one: what a CMS, a shell or an editor that strips the character would turn into `javascript:`.
 */
export const hiddenCharacterUrls: readonly string[] = HIDDEN_CHARACTERS.flatMap((character) =>
  ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'JAVASCRIPT:alert(1)', 'https://desa.example.id/'].flatMap(
    (url) => withCharacterEverywhere(url, character),
  ),
);

export const goodDocuments: readonly GoodDocument[] = [
  { name: 'an empty document (everything from the defaults)', document: {} },
  { name: 'the whole Indonesian article', document: defaultContent.id },
  { name: 'the whole English article', document: defaultContent.en },
  { name: 'only a FAQ', document: { faq: [faqItem] } },
  { name: 'an empty FAQ list', document: { faq: [] } },
  {
    name: 'a bilingual FAQ, one answer in Indonesian only',
    document: {
      faq: [
        {
          ...faqItem,
          question: { id: 'Kapan kantor buka?', en: 'When is the office open?' },
          answer: { id: 'Senin.' },
        },
      ],
    },
  },
  {
    // The most a list may hold: the elements' time-limit tests render this many (test/hardening/many-items.ts).
    name: 'exactly as many items as a list may hold',
    document: {
      faq: Array.from({ length: MAX_ITEMS }, (_, index) => ({ ...faqItem, id: `q-${index}` })),
      partners: Array.from({ length: MAX_ITEMS }, (_, index) => ({ ...partner, id: `p-${index}` })),
    },
  },
  {
    name: 'partners of the existing sectors, with a $schema for editors',
    document: {
      $schema: 'https://cdn.jsdelivr.net/npm/@ketahanan/model/schema.json',
      partners: [
        {
          ...partner,
          contributions: ['finansial', 'sdm'],
          area: 'Kabupaten Sleman',
          url: 'https://example.org',
        },
      ],
    },
  },
  {
    name: 'partner links and logos of every allowed kind, relative ones and spaces included',
    document: {
      partners: [
        { ...partner, url: 'mailto:info@koperasi.example', logo: '/logo/koperasi tani.png' },
        { ...partner, id: 'bank-desa', url: 'tel:+62 274 123456', logo: '../logo.svg' },
        { ...partner, id: 'bumdes', url: '  https://bumdes.example/mitra?q=a b  ', logo: 'logo.png' },
      ],
    },
  },
  {
    name: 'text holding HTML and a script tag',
    document: withFaqItem({
      answer: '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>',
    }),
  },
  {
    name: 'text at the maximum length',
    document: withFaqItem({ answer: 'a'.repeat(MAX_TEXT_LENGTH) }),
  },
  { name: 'the whole article as 0.1.0 shipped it (written for the old schema)', document: documentFor010 },
  {
    name: 'a 0.1.0 call to action with a title, and a partnership with its area and outcomes',
    document: {
      callToAction: { title: 'Ayo bermitra!', text: 'Hubungi Bappeda.' },
      partnerships: [
        { ...defaultContent.id.partnerships[1], area: 'Kabupaten Sleman', outcomes: ['Listrik.'] },
      ],
    },
  },
  { name: 'only a section header', document: { faqHeader: { title: 'Tanya Jawab Warga' } } },
  {
    name: 'a header with an intro over its own list',
    document: {
      principlesHeader: { title: 'Prinsip Kami', intro: 'Kami berpegang pada:' },
      principles: [principle],
    },
  },
  {
    name: 'a partner without a sector, a challenge without a principle, a call to action without a title',
    document: {
      partners: [{ id: 'smk-negeri-1', name: 'SMK Negeri 1' }],
      challenges: [{ id: 'dana', title: 'Dana', description: 'Terbatas.', solution: 'Berbagi.' }],
      callToAction: { text: 'Mari bermitra.' },
    },
  },
  {
    name: 'its own principles and challenges pointing at each other',
    document: {
      principles: [{ ...principle, prevents: 'salah-paham' }],
      challenges: [
        {
          id: 'salah-paham',
          title: 'Salah paham',
          description: 'Ada.',
          solution: 'Bicara.',
          principle: 'visi-bersama',
        },
      ],
    },
  },
];

export const badDocuments: readonly BadDocument[] = [
  { name: 'a list instead of a document', document: [], paths: [''], structural: true },
  { name: 'a string instead of a document', document: 'faq', paths: [''], structural: true },
  { name: 'null instead of a document', document: null, paths: [''], structural: true },
  { name: 'a misspelt section', document: { fqa: [faqItem] }, paths: ['fqa'], structural: true },
  {
    name: 'a section of the wrong type',
    document: { faq: { question: 'Q?' } },
    paths: ['faq'],
    structural: true,
  },
  { name: 'a list item that is a number', document: { faq: [5] }, paths: ['faq[0]'], structural: true },
  {
    name: 'a bilingual text empty in one language, and one in a language we do not know',
    document: { faq: [{ ...faqItem, question: { id: '', en: '' }, answer: { id: 'A.', fr: 'R.' } }] },
    paths: ['faq[0].question', 'faq[0].answer'],
    structural: true,
  },
  { name: 'a list in place of an object', document: { meta: [] }, paths: ['meta'], structural: true },
  {
    name: 'a nested list in place of an item',
    document: { sectors: [['pemerintah']] },
    paths: ['sectors[0]'],
    structural: true,
  },
  {
    name: 'an answer that is a number',
    document: withFaqItem({ answer: 42 }),
    paths: ['faq[0].answer'],
    structural: true,
  },
  {
    name: 'a title that is a boolean',
    document: { callToAction: { title: true, text: 'Ayo.' } },
    paths: ['callToAction.title'],
    structural: true,
  },
  {
    name: 'a missing answer',
    document: { faq: [{ id: 'a', question: 'Q?' }] },
    paths: ['faq[0].answer'],
    structural: true,
  },
  { name: 'a missing lead', document: { meta: { title: 'Judul' } }, paths: ['meta.lead'], structural: true },
  {
    name: 'an empty question',
    document: withFaqItem({ question: '' }),
    paths: ['faq[0].question'],
    structural: true,
  },
  {
    name: 'a whitespace-only answer',
    document: withFaqItem({ answer: ' \n\t ' }),
    paths: ['faq[0].answer'],
    structural: true,
  },
  {
    name: 'an oversized answer',
    document: withFaqItem({ answer: 'a'.repeat(MAX_TEXT_LENGTH + 1) }),
    paths: ['faq[0].answer'],
    structural: true,
  },
  {
    name: 'a letter buried under 40 marks (one character too wide for any column)',
    document: withFaqItem({ answer: `Z${'\u0336\u0301'.repeat(20)} di sini.` }),
    paths: ['faq[0].answer'],
    structural: true,
  },
  {
    // Unicode joins a run of leading jamo into one block; a JSON Schema pattern cannot segment text.
    name: 'a run of 13 Hangul leading jamo in a title',
    document: { callToAction: { title: `Ayo ${'\u1100'.repeat(13)}`, text: 'Ayo.' } },
    paths: ['callToAction.title'],
    structural: false,
  },
  {
    name: 'a misspelt field (and so a missing one)',
    document: { faq: [{ id: 'a', quesiton: 'Q?', answer: 'A.' }] },
    paths: ['faq[0].question', 'faq[0].quesiton'],
    structural: true,
  },
  {
    name: 'two unknown fields in one item (all are reported, not only the first)',
    document: { faq: [{ ...faqItem, jawaban: 'A.', urutan: 1 }] },
    paths: ['faq[0].jawaban', 'faq[0].urutan'],
    structural: true,
  },
  {
    name: 'an id with spaces and capitals',
    document: { principles: [{ ...principle, id: 'Visi Bersama' }] },
    paths: ['principles[0].id'],
    structural: true,
  },
  {
    name: 'an over-long id',
    document: withFaqItem({ id: 'a'.repeat(65) }),
    paths: ['faq[0].id'],
    structural: true,
  },
  {
    name: 'an unknown kind of contribution',
    document: { partners: [{ ...partner, contributions: ['uang'] }] },
    paths: ['partners[0].contributions[0]'],
    structural: true,
  },
  {
    name: 'too many contributions',
    document: {
      partners: [{ ...partner, contributions: ['finansial', 'teknis', 'sdm', 'pengetahuan', 'sdm'] }],
    },
    paths: ['partners[0].contributions'],
    structural: true,
  },
  {
    name: 'an aspect without a name',
    document: { resilience: { ...defaultContent.id.resilience, aspects: [{ id: 'ekonomi' }] } },
    paths: ['resilience.aspects[0].name'],
    structural: true,
  },
  {
    name: 'an empty outcome of a partnership',
    document: { partnerships: [{ ...defaultContent.id.partnerships[0], outcomes: ['Hasil.', ''] }] },
    paths: ['partnerships[0].outcomes[1]'],
    structural: true,
  },
  { name: 'a $schema that is not text', document: { $schema: 7 }, paths: ['$schema'], structural: true },
  {
    name: 'a section header without a title',
    document: { faqHeader: { intro: 'Pengantar.' } },
    paths: ['faqHeader.title'],
    structural: true,
  },
  {
    name: 'a section header with a field it does not have',
    document: { challengesHeader: { title: 'Tantangan', subtitle: 'Dan solusinya' } },
    paths: ['challengesHeader.subtitle'],
    structural: true,
  },
  {
    name: 'a blank intro',
    document: { benefitsHeader: { title: 'Manfaat', intro: '  ' } },
    paths: ['benefitsHeader.intro'],
    structural: true,
  },
  {
    name: 'a section header that is a list',
    document: { faqHeader: [] },
    paths: ['faqHeader'],
    structural: true,
  },
  {
    name: 'a call to action without its text',
    document: { callToAction: { title: 'Ayo!' } },
    paths: ['callToAction.text'],
    structural: true,
  },
  {
    name: 'a top-level __proto__ key',
    document: fromJson('{"__proto__": {"polluted": true}}'),
    paths: ['__proto__'],
    structural: true,
  },
  {
    name: 'a __proto__ key inside an item',
    document: fromJson(
      '{"faq": [{"id": "a", "question": "Q?", "answer": "A.", "__proto__": {"polluted": true}}]}',
    ),
    paths: ['faq[0].__proto__'],
    structural: true,
  },
  {
    name: 'a constructor key inside a partner',
    document: { partners: [{ ...partner, constructor: { prototype: { polluted: true } } }] },
    paths: ['partners[0].constructor'],
    structural: true,
  },
  {
    name: 'a partner link with NUL inside its scheme (stripped, it would be javascript:)',
    document: {
      partners: [
        partner,
        { ...partner, id: 'bank-desa', url: 'https://bank.example/' },
        { ...partner, id: 'bumdes', url: 'javascript\u0000:alert(1)' },
      ],
    },
    paths: ['partners[2].url'],
    structural: true,
  },
  {
    name: 'a partner link with ESC inside javascript',
    document: { partners: [{ ...partner, url: 'java\u001bscript:alert(1)' }] },
    paths: ['partners[0].url'],
    structural: true,
  },
  {
    name: 'a partner link with DEL before the colon',
    document: { partners: [{ ...partner, url: 'javascript\u007f:alert(1)' }] },
    paths: ['partners[0].url'],
    structural: true,
  },
  {
    name: 'a logo address with a zero-width space and a link ending in a newline',
    document: {
      partners: [
        { ...partner, url: 'https://koperasi.example/\n', logo: 'https://\u200bkoperasi.example/l.png' },
      ],
    },
    paths: ['partners[0].url', 'partners[0].logo'],
    structural: true,
  },
  {
    name: 'a partner link with a right-to-left override',
    document: { partners: [{ ...partner, url: 'https://koperasi.example/\u202egnp.exe' }] },
    paths: ['partners[0].url'],
    structural: true,
  },
  {
    name: 'absurd nesting in place of text',
    document: withFaqItem({ answer: nested(5_000) }),
    paths: ['faq[0].answer'],
    structural: true,
  },
  {
    name: 'more items than any list may hold',
    document: {
      faq: Array.from({ length: MAX_ITEMS + 1 }, (_, index) => ({ ...faqItem, id: `q-${index}` })),
    },
    paths: ['faq'],
    structural: true,
  },
  {
    name: 'a principle preventing a challenge that does not exist',
    document: { principles: [{ ...principle, prevents: 'tidak-ada' }] },
    paths: ['principles[0].prevents'],
    structural: false,
  },
  {
    name: 'a challenge needing a principle that does not exist',
    document: { challenges: [{ ...defaultContent.id.challenges[0], principle: 'kejujuran' }] },
    paths: ['challenges[0].principle'],
    structural: false,
  },
  {
    name: 'a partnership naming an unknown partner',
    document: {
      partnerships: [{ ...defaultContent.id.partnerships[0], partners: ['petani-lokal', 'bank-dunia'] }],
    },
    paths: ['partnerships[0].partners[1]'],
    structural: false,
  },
  {
    name: 'a benefit naming an unknown partner',
    document: { benefits: [{ ...defaultContent.id.benefits[0], partners: ['rumah-sakit'] }] },
    paths: ['benefits[0].partners[0]'],
    structural: false,
  },
  {
    name: 'a partner in an unknown sector',
    document: { partners: [{ ...partner, sector: 'akademisi' }] },
    paths: ['partners[0].sector'],
    structural: false,
  },
  {
    name: 'a partnership naming a default partner the document replaced',
    document: {
      partners: [partner],
      partnerships: [{ ...defaultContent.id.partnerships[0], partners: ['koperasi-tani', 'petani-lokal'] }],
    },
    paths: ['partnerships[0].partners[1]'],
    structural: false,
  },
  {
    name: 'two FAQ items with the same id',
    document: { faq: [faqItem, { ...faqItem, question: 'Lagi?' }] },
    paths: ['faq[1].id'],
    structural: false,
  },
  {
    name: 'two aspects with the same id',
    document: {
      resilience: {
        ...defaultContent.id.resilience,
        aspects: [
          { id: 'sosial', name: 'A' },
          { id: 'sosial', name: 'B' },
        ],
      },
    },
    paths: ['resilience.aspects[1].id'],
    structural: false,
  },
];
