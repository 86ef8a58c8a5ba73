/** Every property and attribute of kl-challenge-explorer, used the way frameworks use it (see property-contract.ts). */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { challengesHeaderSection, challengesSection } from '@ketahanan/model';
import {
  contentContracts,
  attributeContract,
  describeLanguageContract,
  describePropertyContracts,
  describeTimeoutContract,
  mountLikeAFramework,
  LOCALES,
  sectionHeaderContract,
  type PropertyContract,
} from '../../../test/property-contract.js';
import '../../define/challenge-explorer.js';
import type { KlChallengeExplorer } from '../challenge-explorer.js';
import { panels, selectedTab, tabs, tabTitles } from './challenge-explorer-fixture.js';

interface Challenges {
  challenges: { id: string; title: string; description: string; solution: string; principle: string }[];
}

const challenge = (id: string, title: string) => ({
  id,
  title,
  description: `${title}: uraian.`,
  solution: `${title}: solusi.`,
  principle: 'visi-bersama',
});
const documents: [Challenges, Challenges] = [
  { challenges: [challenge('banjir', 'Banjir'), challenge('kekeringan', 'Kekeringan')] },
  { challenges: [challenge('longsor', 'Longsor')] },
];

const titlesOf = (locale: 'id' | 'en') => challengesSection.defaults[locale].map((item) => item.title);
const ids = challengesSection.defaults.id.map((item) => item.id);
const startUrl = location.href;

afterEach(() => {
  // Only when a test changed it: WebKit refuses more than 100 replaceState() calls in 10 seconds.
  if (location.href !== startUrl) history.replaceState(null, '', startUrl);
});

/** The heading levels of the selected panel: the challenge's title, then its sub-headings. */
const headingTags = (explorer: KlChallengeExplorer) => {
  const panel = panels(explorer).find((candidate) => !candidate.hidden);
  return [...(panel?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((heading) => heading.localName);
};

const contracts: PropertyContract<KlChallengeExplorer>[] = [
  ...contentContracts<KlChallengeExplorer, Challenges>(documents, tabTitles, (document, locale) =>
    document ? document.challenges.map((item) => item.title) : titlesOf(locale),
  ),
  {
    name: 'selected',
    values: [ids[1], ids[2]],
    set: (explorer, id: string) => {
      explorer.selected = id;
    },
    unset: (explorer) => {
      explorer.removeAttribute('selected');
    },
    shown: (explorer) => selectedTab(explorer)?.id,
    // Unset means the first challenge, which `selected` then reflects.
    expected: (id?: string) => `tab-${id ?? ids[0] ?? ''}`,
  },
  attributeContract('heading-level', ['2', '6'], headingTags, (level?: string) => {
    const title = Number(level ?? '3');
    const sub = `h${String(Math.min(title + 1, 6))}`;
    return [`h${String(title)}`, sub, sub];
  }),
  // Right arrow from the selected tab: `auto` selects the next tab, `manual` only moves focus there.
  attributeContract(
    'activation',
    ['manual', 'auto'],
    async (explorer) => {
      (selectedTab(explorer) as HTMLElement).focus();
      await userEvent.keyboard('{ArrowRight}');
      await explorer.updateComplete;
      return selectedTab(explorer)?.id;
    },
    (activation) => `tab-${(activation === 'manual' ? ids[0] : ids[1]) ?? ''}`,
  ),
  sectionHeaderContract(
    (locale) => challengesHeaderSection.defaults[locale],
    (explorer) =>
      panels(explorer)
        .find((panel) => !panel.hidden)
        ?.querySelector('[part="heading"]'),
  ),
];

describe('kl-challenge-explorer contracts', () => {
  // A desktop-wide frame: in Vitest's default 414px the explorer stacks its challenges instead of tabs.
  beforeAll(async () => {
    await page.viewport(1024, 768);
  });

  describePropertyContracts('kl-challenge-explorer', contracts);

  describeLanguageContract(
    'kl-challenge-explorer',
    (explorer) => [
      explorer.shadowRoot?.querySelector('[role="tablist"]')?.getAttribute('aria-label'),
      tabTitles(explorer)[0],
    ],
    (locale) => [locale === 'id' ? 'Tantangan' : 'Challenges', titlesOf(locale)[0]],
  );

  describeTimeoutContract('kl-challenge-explorer');

  describe.each(LOCALES)('sync-hash set after the first render, in lang="%s"', (locale) => {
    it('selects the challenge the URL names, and writes the reader’s next choice to the URL', async () => {
      history.replaceState(null, '', `#${ids[2] ?? ''}`);
      const explorer = await mountLikeAFramework('kl-challenge-explorer', locale);
      expect(selectedTab(explorer)?.id).toBe(`tab-${ids[0] ?? ''}`);
      explorer.syncHash = true;
      await explorer.updateComplete;
      expect(selectedTab(explorer)?.id).toBe(`tab-${ids[2] ?? ''}`);
      await userEvent.click(tabs(explorer)[1] as HTMLElement);
      expect(location.hash).toBe(`#${ids[1] ?? ''}`);
    });

    it('leaves the URL alone once it is removed again', async () => {
      const explorer = await mountLikeAFramework('kl-challenge-explorer', locale);
      explorer.setAttribute('sync-hash', '');
      await explorer.updateComplete;
      explorer.removeAttribute('sync-hash');
      await explorer.updateComplete;
      await userEvent.click(tabs(explorer)[1] as HTMLElement);
      expect(location.hash).toBe('');
    });
  });
});
