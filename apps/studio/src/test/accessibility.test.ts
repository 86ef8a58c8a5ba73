import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAxeClean } from './axe.js';
import { button, cleanupStudio, input, mountStudio, previewPartnerNames } from './studio-fixture.js';

afterEach(cleanupStudio);

const choose = (group: string, label: string) =>
  userEvent.click(page.getByRole('group', { name: group }).getByLabelText(label, { exact: true }));

describe('accessibility', () => {
  it('is axe-clean as it opens, with the article’s content and the light preview', async () => {
    await mountStudio();
    await expect.poll(previewPartnerNames).toContain('Petani lokal');
    await expectAxeClean();
  });

  it('is axe-clean with problems shown beside fields and in the summary', async () => {
    await mountStudio();
    await userEvent.clear(input('Id', 0));
    await userEvent.clear(input('Pertanyaan (Bahasa Indonesia)'));
    await userEvent.clear(input('Pertanyaan (English)'));
    await expect.element(input('Id', 0)).toHaveAttribute('aria-invalid', 'true');
    await expectAxeClean();
  });

  it('is axe-clean in English with the preview in English and dark', async () => {
    await mountStudio();
    await choose('Bahasa antarmuka', 'English');
    await choose('Preview language', 'English');
    await choose('Preview colour scheme', 'Dark');
    await expect.poll(() => document.querySelector('.preview')?.getAttribute('data-scheme')).toBe('dark');
    await expectAxeClean();
  });

  it('is axe-clean after a start from empty and a refused file', async () => {
    await mountStudio();
    await userEvent.click(button('Mulai dari kosong'));
    await userEvent.upload(input('Impor berkas JSON'), new File(['[1]'], 'daftar.json'));
    await expect.element(input('Impor berkas JSON')).toHaveAttribute('aria-invalid', 'true');
    await expectAxeClean();
  });
});
