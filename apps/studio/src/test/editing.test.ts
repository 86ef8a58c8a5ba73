import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  button,
  cleanupStudio,
  input,
  mountStudio,
  previewPartnerNames,
  previewQuestions,
} from './studio-fixture.js';

afterEach(cleanupStudio);

describe('when a site owner edits their content', () => {
  it('shows the article’s partners in the form and in the preview to begin with', async () => {
    await mountStudio();
    await expect.element(input('Nama (Bahasa Indonesia)')).toHaveValue('Petani lokal');
    await expect.poll(previewPartnerNames).toContain('Petani lokal');
  });

  it('changes the preview’s partner card while they type a name', async () => {
    await mountStudio();
    const name = input('Nama (Bahasa Indonesia)');
    await userEvent.clear(name);
    await userEvent.type(name, 'Bappeda');
    await expect.poll(previewPartnerNames).toContain('Bappeda');
    expect(previewPartnerNames()).not.toContain('Petani lokal');
  });

  it('shows the English text in the preview when it is switched to English', async () => {
    await mountStudio();
    const english = input('Nama (English)');
    await userEvent.clear(english);
    await userEvent.type(english, 'Farmers');
    await userEvent.click(page.getByRole('group', { name: 'Bahasa pratinjau' }).getByLabelText('English'));
    await expect.poll(previewPartnerNames).toContain('Farmers');
  });

  it('adds a question, focuses its first input, and shows it in the FAQ', async () => {
    await mountStudio();
    await userEvent.click(button('Tambah pertanyaan'));
    const question = input('Pertanyaan (Bahasa Indonesia)', 5);
    await expect.element(question).toHaveFocus();
    await userEvent.keyboard('Jam buka?');
    await userEvent.tab();
    await userEvent.keyboard('Hours?');
    await userEvent.tab();
    await userEvent.keyboard('08.00–15.00.');
    await expect.poll(previewQuestions).toContain('Jam buka?');
  });

  it('chooses a partner’s sector from the model’s sector names', async () => {
    await mountStudio();
    const sector = input('Sektor (opsional)');
    const options = [...(sector.element() as HTMLSelectElement).options].map((option) => option.text);
    expect(options).toEqual(['(tidak ada)', 'Pemerintah', 'Swasta', 'Masyarakat sipil', 'Komunitas lokal']);
    await userEvent.selectOptions(sector, 'swasta');
    const cards = document.querySelector('studio-preview kl-partner-cards');
    await expect
      .poll(() => cards?.shadowRoot?.querySelector('[part~="card"] [part~="badge"]')?.textContent.trim())
      .toBe('Swasta');
  });

  it('ticks a partner’s contributions, which the card then lists', async () => {
    await mountStudio();
    const contributions = page.getByRole('group', { name: 'Kontribusi (opsional)' }).first();
    await userEvent.click(contributions.getByLabelText('Teknis'));
    await userEvent.click(contributions.getByLabelText('Finansial'));
    const cards = document.querySelector('studio-preview kl-partner-cards');
    await expect
      .poll(() => cards?.shadowRoot?.querySelector('[part~="card"]')?.textContent ?? '')
      .toMatch(/Finansial[\s\S]*Teknis/);
  });

  it('speaks English throughout once the interface language is English', async () => {
    await mountStudio();
    await userEvent.click(page.getByRole('group', { name: 'Bahasa antarmuka' }).getByLabelText('English'));
    await expect.element(page.getByRole('heading', { name: 'Ketahanan Lokal content studio' })).toBeVisible();
    await expect.element(input('Name (Bahasa Indonesia)')).toHaveValue('Petani lokal');
    expect(document.documentElement.lang).toBe('en');
  });
});
