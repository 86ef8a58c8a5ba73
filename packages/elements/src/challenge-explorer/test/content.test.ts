import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { challengesSection, principlesSection, type Locale } from '@ketahanan/model';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { watchContentFailures } from '../../../test/content-failures.js';
import { messagesFor } from '../../shared/messages/index.js';
import { alertText, mountExplorer, panels, tabTitles } from './challenge-explorer-fixture.js';

const custom = {
  challenges: [
    {
      id: 'dana-terbatas',
      title: 'Dana Terbatas',
      description: 'Anggaran desa tidak cukup.',
      solution: 'Gabungkan sumber dana dari beberapa mitra.',
      principle: 'tanggung-jawab-bersama',
    },
  ],
};
const json = (value: unknown) => `/__kl/json?body=${encodeURIComponent(JSON.stringify(value))}`;

const page = watchContentFailures();

describe.each(['id', 'en'] as const)('the article’s challenges (%s)', (locale: Locale) => {
  const challenges = challengesSection.defaults[locale];
  const principles = principlesSection.defaults[locale];
  const text = messagesFor(locale).explorer;

  it('shows every challenge with its solution and, where the article ties one, its principle', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang=${locale}></kl-challenge-explorer>`,
    );
    expect(tabTitles(explorer)).toEqual(challenges.map((challenge) => challenge.title));
    panels(explorer).forEach((panel, index) => {
      const challenge = challenges[index];
      const principle = principles.find((item) => item.id === challenge?.principle);
      expect(principle === undefined, 'the link resolves when there is one').toBe(
        challenge?.principle === undefined,
      );
      const content = panel.textContent.replace(/\s+/g, ' ');
      for (const part of [challenge?.title, challenge?.description, text.solution, challenge?.solution]) {
        expect(content).toContain(part);
      }
      if (principle) {
        for (const part of [text.principle, principle.title, principle.description])
          expect(content).toContain(part);
      } else {
        expect(content).not.toContain(text.principle);
      }
    });
    expect(panels(explorer).filter((panel) => panel.textContent.includes(text.principle))).toHaveLength(2);
  });
});

describe('content sources', () => {
  it('uses the content property', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" .content=${custom}></kl-challenge-explorer>`,
    );
    expect(tabTitles(explorer)).toEqual(['Dana Terbatas']);
    expect(panels(explorer)[0]?.textContent).toContain('Tanggung Jawab Bersama');
  });

  it('reads a child <script type="application/json">', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id"
        ><script type="application/json">
          ${JSON.stringify(custom)}
        </script></kl-challenge-explorer
      >`,
    );
    expect(tabTitles(explorer)).toEqual(['Dana Terbatas']);
  });

  it('fetches src', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" src=${json(custom)}></kl-challenge-explorer>`,
    );
    expect(tabTitles(explorer)).toEqual(['Dana Terbatas']);
  });

  it('says so when there are no challenges, instead of an empty tablist', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="en" .content=${{ challenges: [] }}></kl-challenge-explorer>`,
    );
    expect(explorer.shadowRoot?.querySelector('[part="empty"]')?.textContent).toBe(
      messagesFor('en').explorer.empty,
    );
    expect(explorer.shadowRoot?.querySelector('[role="tablist"]')).toBeNull();
    await expectNoAxeViolations(explorer);
  });

  it('re-renders in the other language when lang changes', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    explorer.lang = 'en';
    await explorer.updateComplete;
    expect(tabTitles(explorer)[0]).toBe(challengesSection.defaults.en[0]?.title);
    expect(explorer.shadowRoot?.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe(
      'Challenges',
    );
  });
});

describe('heading-level', () => {
  it('puts each challenge title at that level and its sub-headings one deeper', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" heading-level="2"></kl-challenge-explorer>`,
    );
    const panel = panels(explorer)[0];
    expect(panel?.querySelector('[part="heading"]')?.localName).toBe('h2');
    expect([...(panel?.querySelectorAll('[part="subheading"]') ?? [])].map((h) => h.localName)).toEqual([
      'h3',
      'h3',
    ]);
  });

  it('keeps a level above 6 at 6, its sub-headings too (the shared heading-level rule)', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" heading-level="9"></kl-challenge-explorer>`,
    );
    const panel = panels(explorer)[0];
    expect(panel?.querySelector('[part="heading"]')?.localName).toBe('h6');
    expect([...(panel?.querySelectorAll('[part="subheading"]') ?? [])].map((h) => h.localName)).toEqual([
      'h6',
      'h6',
    ]);
  });
});

describe('when the content cannot be used', () => {
  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '/__kl/json?body=%7B%22challenges%22%3A', /baris|kolom/i],
    [
      'a schema error',
      json({ challenges: [{ ...custom.challenges[0], solution: '' }] }),
      /challenges\[0\]\.solution/,
    ],
    [
      'a principle that does not exist',
      json({ challenges: [{ ...custom.challenges[0], principle: 'tidak-ada' }] }),
      /challenges\[0\]\.principle/,
    ],
    ['a 404', '/__kl/status/404', /404/],
  ];
  for (const [situation, src, expected] of cases) {
    it(`shows a localized alert and fires kl-error for ${situation}`, async () => {
      const explorer = await mountExplorer(
        html`<kl-challenge-explorer lang="id" src=${src}></kl-challenge-explorer>`,
      );
      expect(alertText(explorer)).toMatch(expected);
      expect(alertText(explorer)).toContain(messagesFor('id').common.errorTitle);
      expect(page.failures).toHaveLength(1);
      expect(explorer.shadowRoot?.querySelector('[role="tablist"]')).toBeNull();
      await expectNoAxeViolations(explorer);
    });
  }

  it('gives up on a src that does not answer within timeout', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="en" src="/__kl/hang" timeout="300"></kl-challenge-explorer>`,
    );
    expect(alertText(explorer)).toMatch(/within 1 second/);
    expect(page.failures).toHaveLength(1);
  });

  it('shows the error for an invalid content property too', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="en" .content=${{ challenges: 'tiga' }}></kl-challenge-explorer>`,
    );
    expect(alertText(explorer)).toMatch(/challenges/);
    expect(page.failures.map((failure) => failure.source)).toEqual(['property']);
  });
});
