import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { button, cleanupStudio, input, mountStudio, unmountStudio } from './studio-fixture.js';

afterEach(cleanupStudio);

describe('when the page is reloaded', () => {
  it('keeps the work, as typed', async () => {
    await mountStudio();
    const name = input('Nama (Bahasa Indonesia)', 0);
    await userEvent.clear(name);
    await userEvent.type(name, 'Bappeda');
    unmountStudio();
    await mountStudio({ keepStorage: true });
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Bappeda');
  });

  it('keeps a fresh start from empty, and the interface language', async () => {
    await mountStudio();
    await userEvent.click(button('Mulai dari kosong'));
    await userEvent.click(page.getByRole('group', { name: 'Bahasa antarmuka' }).getByLabelText('English'));
    unmountStudio();
    await mountStudio({ keepStorage: true });
    await expect.element(page.getByText('No items yet.').first()).toBeVisible();
    expect(document.querySelectorAll('fieldset.item')).toHaveLength(0);
  });

  it('brings a section back with "Undo" after it was given back to the article', async () => {
    await mountStudio();
    await userEvent.click(button('Mulai dari kosong'));
    await userEvent.click(button('Tambah mitra'));
    await userEvent.keyboard('Bappeda');
    await userEvent.click(
      page.getByRole('region', { name: 'Mitra' }).getByRole('button', { name: 'Pakai isi artikel lagi' }),
    );
    await expect.element(button('Tulis milik Anda sendiri')).toHaveFocus();
    await userEvent.click(button('Urungkan'));
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Bappeda');
  });

  it('starts from the article when what was saved is unreadable', async () => {
    localStorage.setItem('ketahanan-studio:draft', '{ not json');
    await mountStudio({ keepStorage: true });
    await expect.element(input('Nama (Bahasa Indonesia)', 0)).toHaveValue('Petani lokal');
  });
});
