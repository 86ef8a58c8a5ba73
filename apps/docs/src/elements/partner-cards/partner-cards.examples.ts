import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { partnershipsHeaderSection, partnershipsSection, type ContentDocument } from '@ketahanan/model';
import ownContent from '../../content-authoring/example-content.json';
import type { Examples } from '../shared/example.js';
import { sectionHeaderExample } from '../shared/section-header.js';
import { unreachableSrcExample } from '../shared/unreachable-src.js';
import { errorAlert, expectToolbarLocale, renderedElement } from '../shared/shadow.js';
import { BROKEN_JSON, hostileTheme, inlineJson, longText, narrowColumn } from '../shared/situations.js';

export interface CardsArgs {
  sector: string;
  area: string;
  layout: 'grid' | 'list';
  'heading-level': number;
  'section-header': boolean;
  src: string;
  timeout: number;
  content: unknown;
  /** `kl-filter` handler (shown in the Actions panel). */
  onKlFilter: (event: Event) => void;
  /** `kl-error` handler (shown in the Actions panel). */
  onKlError: (event: Event) => void;
}

const TAG = 'kl-partner-cards';

async function cards(canvasElement: HTMLElement) {
  const { host, root } = await renderedElement(canvasElement, TAG);
  // What the reader sees: a filtered-out card is not rendered (whatever way the element hides it).
  const shownCards = () =>
    [...root.querySelectorAll<HTMLElement>('[part~="item"]')].filter(
      (item) => item.querySelector('[part~="card"]')?.checkVisibility() ?? false,
    );
  const cardNames = () =>
    shownCards().map((item) => item.querySelector('[part~="name"]')?.textContent.trim());
  const count = () => root.querySelector('[part~="count"]')?.textContent.trim() ?? '';
  const select = (name: 'sector' | 'area') => {
    const found = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (!found) throw new Error(`no ${name} filter`);
    return found;
  };
  return { host, root, shownCards, cardNames, count, select };
}

/** The kabupaten document of the Content authoring page: three partners of its own, with areas. */
const ownPartners = { partners: ownContent.partners } as ContentDocument;

/** Every situation of kl-partner-cards; partner-cards.stories.ts turns each into a story. */
export const cardsExamples = {
  Default: {
    description:
      "The article's three good-practice partnerships, each card listing its partners, with a sector and area filter and a count of what is shown.",
    play: async ({ canvasElement, globals }) => {
      const { host, cardNames, count } = await cards(canvasElement);
      await expectToolbarLocale(host, globals);
      await expect(cardNames()).toEqual(
        partnershipsSection.defaults[host.locale].map((partnership) => partnership.title),
      );
      await expect(count()).toMatch(/^3\D/);
    },
  },
  Filter: {
    description:
      'Choosing a sector narrows the list in place and the live count follows; `kl-filter` tells the page what is shown.',
    play: async ({ canvasElement }) => {
      const { host, shownCards, count, select } = await cards(canvasElement);
      const events: number[] = [];
      host.addEventListener('kl-filter', (event) => events.push(event.detail.shown));
      await userEvent.selectOptions(select('sector'), 'swasta');
      await waitFor(() => expect(shownCards()).toHaveLength(2));
      await expect(count()).toMatch(/^2\D/);
      await expect(host).toHaveAttribute('sector', 'swasta');
      await waitFor(() => expect(events).toEqual([2]));
      await userEvent.selectOptions(select('sector'), '');
      await waitFor(() => expect(shownCards()).toHaveLength(3));
    },
  },
  OwnPartners: {
    description:
      "A kabupaten's own partners (the document from Content authoring) instead of the article's partnerships, filterable by area.",
    args: { content: ownPartners },
    play: async ({ canvasElement }) => {
      const { cardNames, shownCards, select } = await cards(canvasElement);
      await expect(cardNames()).toEqual(ownContent.partners.map((partner) => partner.name));
      await userEvent.selectOptions(select('area'), 'Kecamatan Cibening');
      await waitFor(() => expect(shownCards()).toHaveLength(1));
    },
  },
  FallbackMarkup: {
    description:
      "A partner list a kabupaten's page already has, written inside the tag (`data-id`, `data-sector`, the name in `<strong>`, `data-field` area and description): plain HTML with JavaScript off, filterable cards once the element upgrades.",
    children: html`<ul>
      <li data-id="bappeda-sukamaju" data-sector="pemerintah" data-contributions="teknis finansial">
        <a href="https://sukamaju.example/bappeda"><strong>Bappeda Kabupaten Sukamaju</strong></a>
        (Pemerintah): <span data-field="area">Kabupaten Sukamaju</span>.
        <span data-field="description">Mengoordinasikan forum kemitraan desa.</span>
      </li>
      <li data-id="koperasi-tani-makmur" data-sector="komunitas-lokal" data-contributions="sdm">
        <strong>Koperasi Tani Makmur</strong> (Komunitas lokal):
        <span data-field="area">Kecamatan Cibening</span>.
        <span data-field="description">Mengelola lumbung padi desa.</span>
      </li>
    </ul>`,
    play: async ({ canvasElement }) => {
      const { cardNames, shownCards, select } = await cards(canvasElement);
      await expect(cardNames()).toEqual(['Bappeda Kabupaten Sukamaju', 'Koperasi Tani Makmur']);
      await userEvent.selectOptions(select('area'), 'Kecamatan Cibening');
      await waitFor(() => expect(shownCards()).toHaveLength(1));
    },
  },
  EmptyFilterResult: {
    description:
      'A filter no card matches (`sector="swasta" area="Kecamatan Cibening"`): a sentence says so.',
    args: { content: ownPartners, sector: 'swasta', area: 'Kecamatan Cibening' },
    play: async ({ canvasElement }) => {
      const { root, shownCards, count } = await cards(canvasElement);
      await expect(shownCards()).toHaveLength(0);
      await expect(count()).not.toBe('');
      await expect(root.querySelector('[part~="count"]')).toHaveAttribute('role', 'status');
    },
  },
  ListLayout: {
    description: '`layout="list"`: one card per row, even where a grid would fit.',
    args: { layout: 'list' },
    play: async ({ canvasElement }) => {
      const { shownCards } = await cards(canvasElement);
      const lefts = new Set(shownCards().map((card) => Math.round(card.getBoundingClientRect().left)));
      await expect(lefts.size).toBe(1);
    },
  },
  HeadingLevel: {
    description: '`heading-level="2"`: each card\'s name is an `<h2>`.',
    args: { 'heading-level': 2 },
    play: async ({ canvasElement }) => {
      const { root, shownCards } = await cards(canvasElement);
      await expect(root.querySelectorAll('h2[part~="name"]').length).toBe(shownCards().length);
    },
  },
  SectionHeader: sectionHeaderExample(
    'kl-partner-cards',
    partnershipsHeaderSection.defaults,
    '[part="name"]',
    '`section-header`: the title the article gives its good-practice partnerships (`<h3>`, at `heading-level`; it has no intro), above the filter; the card names go one deeper.',
  ),
  LongText: {
    description: 'A very long partner name and description: the card wraps, the grid does not widen.',
    args: {
      content: {
        partners: [
          {
            id: 'nama-panjang',
            name: longText('Lembaga dengan nama yang sangat panjang', 1),
            sector: 'masyarakat-sipil',
            description: longText('Deskripsinya juga panjang.'),
            area: 'Kabupaten Sukamaju',
          },
          ...ownContent.partners.slice(0, 1),
        ],
      },
    },
    play: async ({ canvasElement }) => {
      const { host } = await cards(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  InvalidJson: {
    description: 'Inline JSON cut off mid-way: a localized alert instead of cards.',
    children: inlineJson(BROKEN_JSON.replace('"faq"', '"partners"')),
    play: async ({ canvasElement }) => {
      const { root } = await cards(canvasElement);
      await expect(await errorAlert(root)).toBeVisible();
    },
  },
  SchemaError: {
    description: 'A partner in a sector that does not exist: the alert names `partners[0].sector`.',
    args: { content: { partners: [{ id: 'koperasi', name: 'Koperasi Tani', sector: 'koperasi' }] } },
    play: async ({ canvasElement }) => {
      const { root } = await cards(canvasElement);
      await expect(await errorAlert(root)).toHaveTextContent('partners[0].sector');
    },
  },
  UnreachableSrc: unreachableSrcExample('kl-partner-cards'),
  NarrowContainer: {
    description: 'In a 320 px column the cards stack in one column and the filters stack above them.',
    frame: narrowColumn,
    play: async ({ canvasElement }) => {
      const { host, shownCards } = await cards(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
      const lefts = new Set(shownCards().map((card) => Math.round(card.getBoundingClientRect().left)));
      await expect(lefts.size).toBe(1);
    },
  },
  HostileHostCss: {
    description:
      'Inside a theme that restyles lists, selects and headings and shows `[hidden]`: filtered-out cards stay hidden, the filter still works.',
    frame: hostileTheme,
    args: { sector: 'swasta' },
    play: async ({ canvasElement }) => {
      const { shownCards, select } = await cards(canvasElement);
      await expect(shownCards()).toHaveLength(2);
      select('sector').focus();
      await expect(getComputedStyle(select('sector')).outlineStyle).not.toBe('none');
    },
  },
} satisfies Examples<CardsArgs>;
