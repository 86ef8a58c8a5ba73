import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { challengesSection } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { emulateMedia, resetMedia } from '../../../test/media.js';
import type { KlChallengeExplorer } from '../challenge-explorer.js';
import { mountExplorer, tabs } from './challenge-explorer-fixture.js';

const titles = challengesSection.defaults.id.map((challenge) => challenge.title);

/** Challenge headings a reader can see, in order. */
const visibleHeadings = (explorer: KlChallengeExplorer) =>
  [...(explorer.shadowRoot?.querySelectorAll<HTMLElement>('[part="heading"]') ?? [])]
    .filter((heading) => heading.checkVisibility())
    .map((heading) => heading.textContent.trim());

const visibleTabs = (explorer: KlChallengeExplorer) => tabs(explorer).filter((tab) => tab.checkVisibility());

afterEach(async () => {
  cleanupFixtures();
  await resetMedia();
});

describe('in a wide container', () => {
  it('shows tabs and only the selected challenge', async () => {
    const explorer = await mountExplorer(
      html`<div style="width: 48em"><kl-challenge-explorer lang="id"></kl-challenge-explorer></div>`,
    );
    expect(visibleTabs(explorer)).toHaveLength(titles.length);
    expect(visibleHeadings(explorer)).toEqual([titles[0]]);
  });
});

describe('in a narrow container (a sidebar, a phone)', () => {
  it('stacks every challenge as a heading with its content, with no tab roles left', async () => {
    const explorer = await mountExplorer(
      html`<div style="width: 20em"><kl-challenge-explorer lang="id"></kl-challenge-explorer></div>`,
    );
    expect(visibleTabs(explorer)).toEqual([]);
    expect(
      [...(explorer.shadowRoot?.querySelectorAll('[role]') ?? [])].filter((node) => node.checkVisibility()),
    ).toEqual([]);
    expect(visibleHeadings(explorer)).toEqual(titles);
    await expectNoAxeViolations(explorer);
  });

  it('switches when the container widens, following the container rather than the window', async () => {
    const explorer = await mountExplorer(
      html`<div style="width: 20em"><kl-challenge-explorer lang="id"></kl-challenge-explorer></div>`,
    );
    (explorer.parentElement as HTMLElement).style.width = '48em';
    await expect
      .poll(() => visibleTabs(explorer).length, { message: 'tabs once there is room' })
      .toBe(titles.length);
    expect(visibleHeadings(explorer)).toEqual([titles[0]]);
  });
});

describe('in print', () => {
  it('prints every challenge, not only the selected tab', async () => {
    const explorer = await mountExplorer(
      html`<div style="width: 48em"><kl-challenge-explorer lang="id"></kl-challenge-explorer></div>`,
    );
    await emulateMedia({ media: 'print' });
    expect(visibleTabs(explorer)).toEqual([]);
    expect(visibleHeadings(explorer)).toEqual(titles);
  });
});
