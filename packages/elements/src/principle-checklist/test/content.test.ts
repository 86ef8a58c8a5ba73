import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { challengesSection, principlesSection, type Locale } from '@ketahanan/model';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { watchContentFailures } from '../../../test/content-failures.js';
import { messagesFor } from '../../shared/messages/index.js';
import {
  adviceFor,
  alertText,
  checkboxes,
  confirmation,
  forgetStoredAnswers,
  mountChecklist,
} from './principle-checklist-fixture.js';

const custom = {
  principles: [
    { id: 'rapat-rutin', title: 'Rapat Rutin', description: 'Mitra bertemu tiap bulan.' },
    { id: 'dana-bersama', title: 'Dana Bersama', description: 'Biaya ditanggung bersama.' },
  ],
};
const json = (value: unknown) => `/__kl/json?body=${encodeURIComponent(JSON.stringify(value))}`;

const page = watchContentFailures();

beforeEach(() => {
  forgetStoredAnswers();
});

afterEach(() => {
  forgetStoredAnswers();
});

describe.each(['id', 'en'] as const)('advice from the cross-references (%s)', (locale: Locale) => {
  const principles = principlesSection.defaults[locale];
  const challenges = challengesSection.defaults[locale];
  const text = messagesFor(locale).checklist;

  it('lists the article’s four principles', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    expect(checkboxes(checklist).map((box) => box.labels?.[0]?.textContent.trim())).toEqual(
      principles.map((principle) => principle.title),
    );
  });

  it('advises on each unchecked principle: the challenge it prevents and its solution, else its description', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    const advice = adviceFor(checklist);
    expect(advice.map((item) => item.principle)).toEqual(principles.map((principle) => principle.id));
    principles.forEach((principle, index) => {
      const said = advice[index]?.text ?? '';
      expect(said).toContain(principle.title);
      const challenge = challenges.find((item) => item.id === principle.prevents);
      if (challenge) {
        expect(said).toContain(`${text.adviceChallenge}: ${challenge.title}`);
        expect(said).toContain(`${text.adviceSolution}: ${challenge.solution}`);
      } else {
        expect(said).toContain(principle.description);
      }
    });
    expect(principles.some((principle) => principle.prevents === undefined)).toBe(true);
  });

  it('drops a principle’s advice when it is checked and brings it back when unchecked', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    const second = checkboxes(checklist)[1] as HTMLElement;
    await userEvent.click(second);
    expect(adviceFor(checklist).map((item) => item.principle)).not.toContain(principles[1]?.id);
    await userEvent.click(second);
    expect(adviceFor(checklist).map((item) => item.principle)).toContain(principles[1]?.id);
  });

  it('replaces the advice with a confirmation when everything is checked', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang=${locale}></kl-principle-checklist>`,
    );
    expect(confirmation(checklist)).toBe('');
    for (const box of checkboxes(checklist)) await userEvent.click(box);
    expect(adviceFor(checklist)).toEqual([]);
    expect(confirmation(checklist)).toBe(text.allDone);
  });
});

describe('content sources', () => {
  it('uses the content property', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id" .content=${custom}></kl-principle-checklist>`,
    );
    expect(checkboxes(checklist)).toHaveLength(2);
    expect(adviceFor(checklist)[0]?.text).toContain('Mitra bertemu tiap bulan.');
  });

  it('reads a child <script type="application/json">', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="id"
        ><script type="application/json">
          ${JSON.stringify(custom)}
        </script></kl-principle-checklist
      >`,
    );
    expect(checkboxes(checklist)).toHaveLength(2);
  });

  it('fetches src', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="en" src=${json(custom)}></kl-principle-checklist>`,
    );
    expect(checkboxes(checklist)).toHaveLength(2);
    expect(checklist.shadowRoot?.querySelector('.checklist__progress-text')?.textContent).toContain('0 of 2');
  });

  it('keeps the answers when lang changes', async () => {
    const checklist = await mountChecklist(html`<kl-principle-checklist lang="id"></kl-principle-checklist>`);
    await userEvent.click(checkboxes(checklist)[0] as HTMLElement);
    checklist.lang = 'en';
    await checklist.updateComplete;
    expect(checklist.shadowRoot?.querySelector('legend')?.textContent).toBe(
      messagesFor('en').checklist.legend,
    );
    expect(checkboxes(checklist)[0]?.checked).toBe(true);
  });
});

describe('when the content cannot be used', () => {
  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '/__kl/json?body=%7B%22principles%22%3A', /baris|kolom/i],
    [
      'a schema error',
      json({ principles: [{ id: 'a', title: '', description: 'd' }] }),
      /principles\[0\]\.title/,
    ],
    [
      'a challenge that does not exist',
      json({ principles: [{ id: 'a', title: 'T', description: 'D', prevents: 'tidak-ada' }] }),
      /principles\[0\]\.prevents/,
    ],
    ['a 404', '/__kl/status/404', /404/],
  ];
  for (const [situation, src, expected] of cases) {
    it(`shows a localized alert and fires kl-error for ${situation}`, async () => {
      const checklist = await mountChecklist(
        html`<kl-principle-checklist lang="id" src=${src}></kl-principle-checklist>`,
      );
      expect(alertText(checklist)).toMatch(expected);
      expect(alertText(checklist)).toContain(messagesFor('id').common.errorTitle);
      expect(page.failures).toHaveLength(1);
      expect(checkboxes(checklist)).toEqual([]);
      await expectNoAxeViolations(checklist);
    });
  }

  it('gives up on a src that does not answer within timeout', async () => {
    const checklist = await mountChecklist(
      html`<kl-principle-checklist lang="en" src="/__kl/hang" timeout="300"></kl-principle-checklist>`,
    );
    expect(alertText(checklist)).toMatch(/within 1 second/);
    expect(page.failures).toHaveLength(1);
  });
});
