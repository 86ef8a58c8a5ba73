import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { challengesHeaderSection, challengesSection, type ContentDocument } from '@ketahanan/model';
import type { Examples } from '../shared/example.js';
import { sectionHeaderExample } from '../shared/section-header.js';
import { unreachableSrcExample } from '../shared/unreachable-src.js';
import { errorAlert, expectToolbarLocale, renderedElement } from '../shared/shadow.js';
import { BROKEN_JSON, hostileTheme, inlineJson, longText, narrowColumn } from '../shared/situations.js';

export interface ExplorerArgs {
  selected: string;
  activation: 'auto' | 'manual';
  'sync-hash': boolean;
  'heading-level': number;
  'section-header': boolean;
  src: string;
  timeout: number;
  content: unknown;
  /** `kl-select` handler (shown in the Actions panel). */
  onKlSelect: (event: Event) => void;
  /** `kl-error` handler (shown in the Actions panel). */
  onKlError: (event: Event) => void;
}

const TAG = 'kl-challenge-explorer';
const CHALLENGE_IDS = challengesSection.defaults.id.map((challenge) => challenge.id);

async function explorer(canvasElement: HTMLElement) {
  const { host, root } = await renderedElement(canvasElement, TAG);
  const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
  const visiblePanel = () =>
    [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((panel) => !panel.hidden);
  return { host, root, tabs, visiblePanel };
}

async function expectSelected(tabs: readonly HTMLElement[], index: number): Promise<void> {
  for (const [position, tab] of tabs.entries()) {
    await expect(tab).toHaveAttribute('aria-selected', position === index ? 'true' : 'false');
    await expect(tab).toHaveAttribute('tabindex', position === index ? '0' : '-1');
  }
}

const ownChallenges = {
  challenges: [
    {
      id: 'jadwal-bertabrakan',
      title: 'Jadwal mitra bertabrakan',
      description: 'Kegiatan desa sering bentrok dengan musim tanam.',
      solution: 'Susun kalender bersama di awal tahun dan sepakati di musyawarah desa.',
      principle: 'fleksibilitas',
    },
    {
      id: 'data-tidak-dibagi',
      title: 'Data tidak dibagikan',
      description: 'Setiap mitra menyimpan datanya sendiri.',
      solution: 'Gunakan satu folder bersama yang bisa dibuka semua mitra.',
      principle: 'komunikasi-terbuka',
    },
  ],
} satisfies ContentDocument;

/** Every situation of kl-challenge-explorer; challenge-explorer.stories.ts turns each into a story. */
export const explorerExamples = {
  Default: {
    description:
      "The article's three challenges as tabs; the first is selected and its panel shows the challenge, its solution and, where the content links one, a related principle.",
    play: async ({ canvasElement, globals }) => {
      const { host, tabs, visiblePanel } = await explorer(canvasElement);
      await expectToolbarLocale(host, globals);
      await expect(tabs.map((tab) => tab.textContent.trim())).toEqual(
        challengesSection.defaults[host.locale].map((challenge) => challenge.title),
      );
      await expectSelected(tabs, 0);
      await expect(visiblePanel()).toHaveAttribute('aria-labelledby', tabs[0]?.id);
    },
  },
  KeyboardNavigation: {
    description:
      'APG tabs with automatic activation: →/← select the next/previous tab (wrapping), Home/End the first/last; only the selected tab is in the Tab order.',
    play: async ({ canvasElement }) => {
      const { host, root, tabs } = await explorer(canvasElement);
      const events: string[] = [];
      host.addEventListener('kl-select', (event) => events.push(event.detail.id));
      tabs[0]?.focus();
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expectSelected(tabs, 1));
      await expect(root.activeElement).toBe(tabs[1]);
      await userEvent.keyboard('{End}');
      await waitFor(() => expectSelected(tabs, 2));
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expectSelected(tabs, 0));
      await userEvent.keyboard('{ArrowLeft}');
      await waitFor(() => expectSelected(tabs, 2));
      await userEvent.keyboard('{Home}');
      await waitFor(() => expectSelected(tabs, 0));
      await expect(events).toEqual([
        CHALLENGE_IDS[1],
        CHALLENGE_IDS[2],
        CHALLENGE_IDS[0],
        CHALLENGE_IDS[2],
        CHALLENGE_IDS[0],
      ]);
      await expect(host).toHaveAttribute('selected', CHALLENGE_IDS[0]);
    },
  },
  ManualActivation: {
    description:
      '`activation="manual"`: arrow keys only move focus; Enter or Space selects the focused tab (for panels that are slow to show).',
    args: { activation: 'manual' },
    play: async ({ canvasElement }) => {
      const { root, tabs } = await explorer(canvasElement);
      tabs[0]?.focus();
      await userEvent.keyboard('{ArrowRight}');
      await expect(root.activeElement).toBe(tabs[1]);
      await expectSelected(tabs, 0);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expectSelected(tabs, 1));
      await userEvent.keyboard('{ArrowRight}');
      await userEvent.keyboard(' ');
      await waitFor(() => expectSelected(tabs, 2));
    },
  },
  Selected: {
    description:
      '`selected="komunikasi-kurang-efektif"`: opens on the second challenge (the attribute also reflects the reader\'s choice).',
    args: { selected: 'komunikasi-kurang-efektif' },
    play: async ({ canvasElement }) => {
      const { tabs } = await explorer(canvasElement);
      await expectSelected(tabs, 1);
    },
  },
  HeadingLevel: {
    description:
      '`heading-level="2"`: each challenge title is an `<h2>`, "Solution" and "Principle" are `<h3>`s.',
    args: { 'heading-level': 2 },
    play: async ({ canvasElement }) => {
      const { visiblePanel } = await explorer(canvasElement);
      await expect(visiblePanel()?.querySelector('h2')).not.toBeNull();
      await expect(visiblePanel()?.querySelectorAll('h3').length).toBe(2);
    },
  },
  SectionHeader: sectionHeaderExample(
    'kl-challenge-explorer',
    challengesHeaderSection.defaults,
    '[part="heading"]',
    "`section-header`: the article's section title (`<h3>`, at `heading-level`) and the paragraph that opens it, above the tabs; each challenge's headings go one deeper.",
  ),
  CustomContent: {
    description:
      "A village's own two challenges through the `content` property, calling on the article's principles.",
    args: { content: ownChallenges },
    play: async ({ canvasElement }) => {
      const { tabs } = await explorer(canvasElement);
      await expect(tabs.map((tab) => tab.textContent.trim())).toEqual(
        ownChallenges.challenges.map((c) => c.title),
      );
    },
  },
  SectionMarkup: {
    description:
      'Challenges written as `<section>`s inside the tag: plain HTML with JavaScript off, tabs once the element upgrades.',
    children: html`<section id="dana-terlambat" data-principle="tanggung-jawab-bersama">
      <h3>Dana terlambat cair</h3>
      <p>Kegiatan tertunda karena dana dari salah satu mitra terlambat.</p>
      <p><strong>Solusi:</strong> Sepakati jadwal pencairan dan dana cadangan bersama.</p>
    </section>`,
    play: async ({ canvasElement }) => {
      const { tabs } = await explorer(canvasElement);
      await expect(tabs.map((tab) => tab.textContent.trim())).toEqual(['Dana terlambat cair']);
    },
  },
  LongText: {
    description: 'A very long challenge title and text: tabs and panel wrap, nothing scrolls sideways.',
    args: {
      content: {
        challenges: [
          {
            id: 'tantangan-panjang',
            title: longText('Tantangan dengan judul yang sangat panjang', 1),
            description: longText('Deskripsinya panjang.'),
            solution: longText('Solusinya juga panjang.'),
            principle: 'visi-bersama',
          },
          ownChallenges.challenges[0],
        ],
      },
    },
    play: async ({ canvasElement }) => {
      const { host } = await explorer(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  EmptyList: {
    description: 'Content with no challenges: a sentence says so.',
    args: { content: { challenges: [] } },
    play: async ({ canvasElement }) => {
      const { root } = await explorer(canvasElement);
      await expect(root.querySelector('[part~="empty"]')).toBeVisible();
    },
  },
  InvalidJson: {
    description: 'Inline JSON cut off mid-way: a localized alert instead of tabs.',
    children: inlineJson(BROKEN_JSON.replace('"faq"', '"challenges"')),
    play: async ({ canvasElement }) => {
      const { root } = await explorer(canvasElement);
      await expect(await errorAlert(root)).toBeVisible();
    },
  },
  SchemaError: {
    description:
      'A challenge calling for a principle that does not exist: the alert names `challenges[0].principle`.',
    args: { content: { challenges: [{ ...ownChallenges.challenges[0], principle: 'tidak-ada' }] } },
    play: async ({ canvasElement }) => {
      const { root } = await explorer(canvasElement);
      await expect(await errorAlert(root)).toHaveTextContent('challenges[0].principle');
    },
  },
  UnreachableSrc: unreachableSrcExample('kl-challenge-explorer'),
  NarrowContainer: {
    description:
      'In a 320 px column the tabs give way to stacked sections, each with its heading: nothing cramped.',
    frame: narrowColumn,
    play: async ({ canvasElement }) => {
      const { root } = await explorer(canvasElement);
      await expect(root.querySelector('[part~="tablist"]')).not.toBeVisible();
      const sections = [...root.querySelectorAll('[part~="section"]')];
      await expect(sections).toHaveLength(CHALLENGE_IDS.length);
      for (const section of sections) await expect(section).toBeVisible();
    },
  },
  HostileHostCss: {
    description:
      'Inside a theme with `button{all:unset}`, `*:focus{outline:none}` and `[hidden]{display:block!important}`: one panel shows, tabs look like tabs, focus is visible.',
    frame: hostileTheme,
    play: async ({ canvasElement }) => {
      const { root, tabs } = await explorer(canvasElement);
      const panels = [...root.querySelectorAll('[role="tabpanel"]')].filter((panel) =>
        panel.checkVisibility(),
      );
      await expect(panels).toHaveLength(1);
      tabs[0]?.focus();
      await userEvent.keyboard('{ArrowRight}');
      const focused = root.activeElement;
      if (!(focused instanceof HTMLElement)) throw new Error('nothing focused');
      await expect(getComputedStyle(focused).outlineStyle).not.toBe('none');
    },
  },
} satisfies Examples<ExplorerArgs>;
