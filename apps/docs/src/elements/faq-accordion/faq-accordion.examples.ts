import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { faqHeaderSection, faqSection, type ContentDocument, type FaqItem } from '@ketahanan/model';
import type { Examples } from '../shared/example.js';
import { sectionHeaderExample } from '../shared/section-header.js';
import { unreachableSrcExample } from '../shared/unreachable-src.js';
import type { TokenArgs } from '../shared/token-args.js';
import { errorAlert, expectToolbarLocale, renderedElement } from '../shared/shadow.js';
import { BROKEN_JSON, hostileTheme, inlineJson, longText, narrowColumn } from '../shared/situations.js';

export interface FaqArgs extends TokenArgs {
  'heading-level': number;
  'section-header': boolean;
  single: boolean;
  'structured-data': boolean;
  src: string;
  timeout: number;
  content: unknown;
  /** `kl-toggle` handler (shown in the Actions panel). */
  onKlToggle: (event: Event) => void;
  /** `kl-error` handler (shown in the Actions panel). */
  onKlError: (event: Event) => void;
}

const TAG = 'kl-faq-accordion';

const kabupatenFaq = {
  faq: [
    {
      id: 'jam-layanan',
      question: 'Kapan kantor Bappeda melayani konsultasi kemitraan?',
      answer: 'Senin sampai Jumat, pukul 08.00–15.00 WIB, di lantai 2 kantor bupati.',
    },
    {
      id: 'syarat-mitra',
      question: 'Apa syarat menjadi mitra program ketahanan pangan?',
      answer:
        'Lembaga berbadan hukum atau kelompok masyarakat yang terdaftar di desa, dengan rencana kegiatan tertulis.',
    },
  ],
} satisfies ContentDocument;

const longFaq = {
  faq: [
    {
      id: 'pertanyaan-panjang',
      question: longText('Bagaimana jika pertanyaannya sangat panjang?', 3),
      answer: longText('Jawabannya juga panjang.'),
    },
    { id: 'pendek', question: 'Pendek?', answer: 'Ya.' },
  ],
} satisfies ContentDocument;

async function questionButtons(canvasElement: HTMLElement) {
  const { host, root } = await renderedElement(canvasElement, TAG);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part~="button"]')];
  return { host, root, buttons };
}

function defaultsFor(locale: string): readonly FaqItem[] {
  return faqSection.defaults[locale === 'en' ? 'en' : 'id'];
}

/** Every situation of kl-faq-accordion; faq-accordion.stories.ts turns each into a story. */
export const faqExamples = {
  Default: {
    description: "The article's five questions, all closed, in the toolbar's language.",
    play: async ({ canvasElement, globals }) => {
      const { host, buttons } = await questionButtons(canvasElement);
      await expectToolbarLocale(host, globals);
      await expect(buttons.map((button) => button.textContent.trim())).toEqual(
        defaultsFor(host.locale).map((item) => item.question),
      );
      for (const button of buttons) await expect(button).toHaveAttribute('aria-expanded', 'false');
    },
  },
  KeyboardNavigation: {
    description:
      'APG accordion keys: ↓/↑ move between questions (wrapping), Home/End jump, Enter and Space open and close.',
    play: async ({ canvasElement }) => {
      const { root, buttons } = await questionButtons(canvasElement);
      const [first, second, , , last] = buttons;
      if (!first || !second || !last) throw new Error('expected five questions');
      first.focus();
      await userEvent.keyboard('{ArrowDown}');
      await expect(root.activeElement).toBe(second);
      await userEvent.keyboard('{End}');
      await expect(root.activeElement).toBe(last);
      await userEvent.keyboard('{ArrowDown}');
      await expect(root.activeElement).toBe(first);
      await userEvent.keyboard('{ArrowUp}');
      await expect(root.activeElement).toBe(last);
      await userEvent.keyboard('{Home}');
      await expect(root.activeElement).toBe(first);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(first).toHaveAttribute('aria-expanded', 'true'));
      const panel = root.getElementById(first.getAttribute('aria-controls') ?? '');
      await expect(panel).toBeVisible();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(first).toHaveAttribute('aria-expanded', 'false'));
      await expect(panel).not.toBeVisible();
    },
  },
  ShowAll: {
    description: '"Buka semua / Show all" opens every answer at once and then offers to close them.',
    play: async ({ canvasElement }) => {
      const { root, buttons } = await questionButtons(canvasElement);
      const toggleAll = root.querySelector<HTMLButtonElement>('[part~="toggle-all"]');
      if (!toggleAll) throw new Error('no show-all button');
      await expect(toggleAll).toHaveAttribute('aria-expanded', 'false');
      await userEvent.click(toggleAll);
      await waitFor(() => expect(toggleAll).toHaveAttribute('aria-expanded', 'true'));
      for (const button of buttons) await expect(button).toHaveAttribute('aria-expanded', 'true');
    },
  },
  Single: {
    description: 'With `single`, opening one answer closes the open one, and there is no "show all".',
    args: { single: true },
    play: async ({ canvasElement }) => {
      const { root, buttons } = await questionButtons(canvasElement);
      const [first, second] = buttons;
      if (!first || !second) throw new Error('expected questions');
      await expect(root.querySelector('[part~="toggle-all"]')).toBeNull();
      await userEvent.click(first);
      await waitFor(() => expect(first).toHaveAttribute('aria-expanded', 'true'));
      await userEvent.click(second);
      await waitFor(() => expect(second).toHaveAttribute('aria-expanded', 'true'));
      await expect(first).toHaveAttribute('aria-expanded', 'false');
    },
  },
  HeadingLevel: {
    description:
      '`heading-level="2"`: the questions sit in `<h2>`s, to fit a page whose section title is an `<h1>`.',
    args: { 'heading-level': 2 },
    play: async ({ canvasElement }) => {
      const { root, buttons } = await questionButtons(canvasElement);
      await expect(root.querySelectorAll('h2').length).toBe(buttons.length);
      await expect(root.querySelectorAll('h3').length).toBe(0);
    },
  },
  SectionHeader: sectionHeaderExample(
    'kl-faq-accordion',
    faqHeaderSection.defaults,
    '[part="heading"]',
    "`section-header`: the article's title for its FAQ, an `<h3>` at `heading-level`, above the questions, whose headings go one deeper (`<h4>`).",
  ),
  CustomContent: {
    description: "A kabupaten's own questions, given through the `content` property.",
    args: { content: kabupatenFaq },
    play: async ({ canvasElement }) => {
      const { buttons } = await questionButtons(canvasElement);
      await expect(buttons.map((button) => button.textContent.trim())).toEqual(
        kabupatenFaq.faq.map((item) => item.question),
      );
    },
  },
  DetailsMarkup: {
    description:
      'Questions written as `<details>` inside the tag: readable with JavaScript off, they become the items when the element upgrades; `open` stays open.',
    children: html`<details id="alamat">
        <summary>Di mana kantor desa?</summary>
        <p>Jalan Merdeka 1, di samping balai desa.</p>
      </details>
      <details open>
        <summary>Apakah layanan ini gratis?</summary>
        <p>Ya, tanpa biaya.</p>
      </details>`,
    play: async ({ canvasElement }) => {
      const { buttons } = await questionButtons(canvasElement);
      await expect(buttons.map((button) => button.textContent.trim())).toEqual([
        'Di mana kantor desa?',
        'Apakah layanan ini gratis?',
      ]);
      await expect(buttons[1]).toHaveAttribute('aria-expanded', 'true');
    },
  },
  LongText: {
    description: 'A very long question and answer with an unbreakable URL: text wraps, nothing overflows.',
    args: { content: longFaq },
    play: async ({ canvasElement }) => {
      const { host, buttons } = await questionButtons(canvasElement);
      await userEvent.click(buttons[0] ?? host);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  EmptyList: {
    description: 'Content with an empty `faq` list: a sentence says there are no questions yet.',
    args: { content: { faq: [] } },
    play: async ({ canvasElement }) => {
      const { root } = await renderedElement(canvasElement, TAG);
      await expect(root.querySelector('[part~="empty"]')).toBeVisible();
    },
  },
  InvalidJson: {
    description:
      'Inline JSON cut off mid-way: a localized alert says the content is not valid JSON, and where.',
    children: inlineJson(BROKEN_JSON),
    play: async ({ canvasElement }) => {
      const { root } = await renderedElement(canvasElement, TAG);
      await expect(await errorAlert(root)).toBeVisible();
    },
  },
  SchemaError: {
    description: 'Valid JSON with a question missing its answer: the alert names the place, `faq[1].answer`.',
    args: { content: { faq: [kabupatenFaq.faq[0], { id: 'tanpa-jawaban', question: 'Jawabannya mana?' }] } },
    play: async ({ canvasElement }) => {
      const { root } = await renderedElement(canvasElement, TAG);
      await expect(await errorAlert(root)).toHaveTextContent('faq[1].answer');
    },
  },
  UnreachableSrc: unreachableSrcExample('kl-faq-accordion'),
  NarrowContainer: {
    description: 'In a 320 px column (a phone, a CMS sidebar) questions wrap and nothing scrolls sideways.',
    frame: narrowColumn,
    play: async ({ canvasElement }) => {
      const { host } = await questionButtons(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  TokenControls: {
    description:
      'Design tokens set as story args (the `--kl-*` rows of the Controls panel) theme the element: here the accent colour and the corner radius.',
    args: { '--kl-color-accent': 'light-dark(#1a4f8b, #9cc3f5)', '--kl-radius': '1em' },
    play: async ({ canvasElement, globals }) => {
      const { root } = await questionButtons(canvasElement);
      const toggleAll = root.querySelector('[part~="toggle-all"]');
      if (!toggleAll) throw new Error('no show-all button');
      const style = getComputedStyle(toggleAll);
      await expect(style.color).toBe(
        globals['scheme'] === 'dark' ? 'rgb(156, 195, 245)' : 'rgb(26, 79, 139)',
      );
      // 1em is the button's own font size.
      await expect(style.borderRadius).toBe(style.fontSize);
    },
  },
  HostileHostCss: {
    description:
      'Inside a theme with `[hidden]{display:block!important}`, `button{all:unset}`, `h3{font-size:40px}` and `*:focus{outline:none}`: closed answers stay closed, buttons stay buttons, focus stays visible.',
    frame: hostileTheme,
    play: async ({ canvasElement }) => {
      const { root, buttons } = await questionButtons(canvasElement);
      const first = buttons[0];
      if (!first) throw new Error('expected questions');
      const panel = root.getElementById(first.getAttribute('aria-controls') ?? '');
      await expect(panel).not.toBeVisible();
      first.focus();
      await userEvent.keyboard('{ArrowDown}');
      const focused = root.activeElement;
      if (!(focused instanceof HTMLElement)) throw new Error('nothing focused');
      await expect(getComputedStyle(focused).outlineStyle).not.toBe('none');
      await expect(getComputedStyle(focused).cursor).toBe('pointer');
    },
  },
} satisfies Examples<FaqArgs>;
