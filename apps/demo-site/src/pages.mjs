// Every page of the demo site. Widgets are embedded with the snippet generator's output (script tag with
// SRI and element with pre-rendered fallback), exactly as a site developer would paste it; only the CDN
// base points at this site's own copy of the package (`/npm/...`, the jsDelivr path layout).
import { articleBody, articleDescription } from './article.mjs';
import { plainPage, themedPage } from './layout.mjs';

/** The four content widgets, in the order the article reaches them. */
const SLOTS = {
  principles: 'kl-principle-checklist',
  practices: 'kl-partner-cards',
  challenges: 'kl-challenge-explorer',
  faq: 'kl-faq-accordion',
};

const WIDGET_TITLES = {
  'kl-faq-accordion': 'Pertanyaan yang Sering Diajukan tentang Kemitraan',
  'kl-principle-checklist': 'Periksa Prinsip Kemitraan Anda',
  'kl-challenge-explorer': 'Tantangan dan Solusi Kemitraan',
  'kl-partner-cards': 'Mitra dan Praktik Baik Kemitraan',
};

/**
 * The section heading above the widget on its own page; the widget's section title (`section-header`) sits
 * one level below it, and the widget's own headings one below that.
 */
const WIDGET_SECTIONS = {
  'kl-faq-accordion': 'Tanya jawab',
  'kl-principle-checklist': 'Daftar periksa',
  'kl-challenge-explorer': 'Tantangan dan solusi',
  'kl-partner-cards': 'Mitra',
};

/**
 * @typedef {object} Embedder
 * @property {(options?: object) => string} script the all-elements script tag (or per `options`)
 * @property {(options: object) => string} element an element with its pre-rendered fallback
 * @property {(options: object) => string} snippet a whole snippet (script tag and element)
 * @property {() => string} otherVersionScript the script tag of the fake "other version" copy
 */

/**
 * @param {{ embed: Embedder, content: Record<'id' | 'en', import('@ketahanan/model').Content> }} input
 * @returns {{ file: string, html: string }[]}
 */
export function renderPages({ embed, content }) {
  const allWidgets = (lang) =>
    Object.fromEntries(
      Object.entries(SLOTS).map(([slot, tag]) => [slot, embed.element({ tag, locale: lang })]),
    );
  const article = (lang, widgets) => articleBody(content[lang], lang, widgets);
  const title = (lang) => content[lang].meta.title;

  const pages = [
    {
      file: 'index.html',
      html: themedPage({
        lang: 'id',
        title: title('id'),
        description: articleDescription(content.id),
        head: embed.script(),
        body: article('id', allWidgets('id')),
      }),
    },
    {
      file: 'en/index.html',
      html: themedPage({
        lang: 'en',
        title: title('en'),
        description: articleDescription(content.en),
        head: embed.script(),
        body: article('en', allWidgets('en')),
      }),
    },
    {
      file: 'polos.html',
      html: plainPage({
        lang: 'id',
        title: 'Halaman polos: widget tanpa tema',
        head: embed.script(),
        body: Object.values(SLOTS)
          .map((tag) => `<h2>${tag}</h2>\n${embed.element({ tag, locale: 'id' })}`)
          .join('\n'),
      }),
    },
    {
      // Served with a strict Content-Security-Policy header (see scripts/server.mjs).
      file: 'csp.html',
      html: themedPage({
        lang: 'id',
        title: `${title('id')} (CSP ketat)`,
        head: embed.script(),
        body: article('id', allWidgets('id')),
      }),
    },
  ];

  for (const tag of Object.values(SLOTS)) {
    pages.push({
      file: `widget/${tag.slice('kl-'.length)}.html`,
      html: themedPage({
        lang: 'id',
        title: WIDGET_TITLES[tag],
        head: '',
        body: [
          `<p>Widget ini dipasang dengan satu potongan kode dari perintah <code>ketahanan snippet ${tag}</code>.</p>`,
          `<h2>${WIDGET_SECTIONS[tag]}</h2>`,
          // The article's own title and intro for the section come with the widget (section-header).
          embed.snippet({ tag, locale: 'id', sectionHeader: true }),
        ].join('\n'),
      }),
    });
  }
  return pages;
}
