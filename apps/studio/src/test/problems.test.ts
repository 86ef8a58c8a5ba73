import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { parseContent, type Locale } from '@ketahanan/model';
import { cleanupStudio, description, input, mountStudio } from './studio-fixture.js';

afterEach(cleanupStudio);

/** What the model itself says of an id like `Bukan Id`, in `locale`: the studio must say exactly this. */
function modelMessageForBadId(locale: Locale): string {
  const result = parseContent({ faq: [{ id: 'Bukan Id', question: 'q', answer: 'a' }] }, { locale });
  const problem = result.ok ? undefined : result.problems.find((candidate) => candidate.path === 'faq[0].id');
  if (!problem) throw new Error('the model accepted a bad id');
  return problem.message;
}

describe('when the content has a mistake', () => {
  it('shows the model’s message beside the field, as its description, and marks it invalid', async () => {
    await mountStudio();
    const id = input('Id', 0);
    await expect.element(id).toHaveAttribute('aria-invalid', 'false');
    await userEvent.clear(id);
    await userEvent.type(id, 'Bukan Id');
    await expect.element(id).toHaveAttribute('aria-invalid', 'true');
    expect(description(id.element())).toContain(modelMessageForBadId('id'));
    await expect
      .element(page.getByRole('link', { name: `faq[0].id: ${modelMessageForBadId('id')}` }))
      .toBeVisible();
  });

  it('says it in English once the interface is English', async () => {
    await mountStudio();
    await userEvent.clear(input('Id', 0));
    await userEvent.type(input('Id', 0), 'X');
    await userEvent.click(page.getByRole('group', { name: 'Bahasa antarmuka' }).getByLabelText('English'));
    expect(description(input('Id', 0).element())).toContain(modelMessageForBadId('en'));
  });

  it('marks both languages of a required text left empty in both, and nothing once one is written', async () => {
    await mountStudio();
    const indonesian = input('Pertanyaan (Bahasa Indonesia)');
    const english = input('Pertanyaan (English)');
    await userEvent.clear(indonesian);
    await userEvent.clear(english);
    await expect.element(indonesian).toHaveAttribute('aria-invalid', 'true');
    await expect.element(english).toHaveAttribute('aria-invalid', 'true');
    expect(description(english.element())).not.toBe('');
    await userEvent.type(english, 'Why?');
    // One language given: the model shows it on pages of both languages, so it is not a mistake.
    await expect.element(indonesian).toHaveAttribute('aria-invalid', 'false');
    await expect.element(english).toHaveAttribute('aria-invalid', 'false');
  });

  it('links each problem in the summary to its field', async () => {
    await mountStudio();
    await userEvent.clear(input('Id', 0));
    await userEvent.type(input('Id', 0), 'X');
    await userEvent.click(page.getByRole('link', { name: /^faq\[0\]\.id:/ }));
    await expect.element(input('Id', 0)).toHaveFocus();
  });
});
