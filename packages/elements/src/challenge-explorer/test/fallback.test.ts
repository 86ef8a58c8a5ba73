import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import type { KlErrorDetail } from '../../shared/content-controller.js';
import { readChallengesMarkup } from '../challenges-markup.js';
import { alertText, mountExplorer, panels, tabTitles } from './challenge-explorer-fixture.js';

/** What a page writes inside the tag for readers without JavaScript (the documented format). */
const fallbackSections = html`
  <section id="dana-terbatas" data-principle="tanggung-jawab-bersama">
    <h3>Dana Terbatas</h3>
    <p>Anggaran desa tidak cukup.</p>
    <p><strong>Solusi:</strong> Gabungkan sumber dana dari beberapa mitra.</p>
  </section>
  <section id="rapat-jarang" data-principle="komunikasi-terbuka">
    <h3>Rapat Jarang</h3>
    <p>Mitra jarang bertemu.</p>
    <p>Jadwalkan rapat bulanan.</p>
  </section>
`;

let failures: KlErrorDetail[];
const recordFailure = (event: Event) => failures.push((event as CustomEvent<KlErrorDetail>).detail);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  failures = [];
  document.addEventListener('kl-error', recordFailure);
});

afterEach(() => {
  cleanupFixtures();
  document.removeEventListener('kl-error', recordFailure);
  vi.restoreAllMocks();
});

describe('when the element upgrades', () => {
  it('the <section> children become the challenges, label dropped from the solution', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id">${fallbackSections}</kl-challenge-explorer>`,
    );
    expect(tabTitles(explorer)).toEqual(['Dana Terbatas', 'Rapat Jarang']);
    const first = panels(explorer)[0]?.textContent.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('Anggaran desa tidak cukup.');
    expect(first).toContain('Gabungkan sumber dana dari beberapa mitra.');
    expect(first).not.toContain('Solusi: Gabungkan');
    expect(first).toContain('Tanggung Jawab Bersama');
    expect(panels(explorer)[1]?.textContent).toContain('Komunikasi Terbuka');
    await expectNoAxeViolations(explorer);
  });

  it('follows sections a CMS adds after the element connected', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    explorer.insertAdjacentHTML(
      'beforeend',
      `<section id="baru" data-principle="visi-bersama"><h3>Baru</h3><p>Uraian.</p><p>Langkah.</p></section>`,
    );
    await expect
      .poll(() => tabTitles(explorer).join(), { message: 'the added section becomes the content' })
      .toBe('Baru');
  });

  it('names what is missing from a section instead of guessing', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id"
        ><section id="tanpa-solusi">
          <h3>Judul</h3>
          <p>Uraian.</p>
        </section></kl-challenge-explorer
      >`,
    );
    expect(alertText(explorer)).toMatch(/challenges\[0\]\.solution/);
    expect(failures.map((failure) => failure.source)).toEqual(['markup']);
    await expectNoAxeViolations(explorer);
  });

  it('src wins over the markup, which is only the no-JavaScript version', async () => {
    const body = encodeURIComponent(
      JSON.stringify({
        challenges: [
          { id: 'dari-src', title: 'Dari Src', description: 'U.', solution: 'S.', principle: 'visi-bersama' },
        ],
      }),
    );
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" src=${`/__kl/json?body=${body}`}
        >${fallbackSections}</kl-challenge-explorer
      >`,
    );
    expect(tabTitles(explorer)).toEqual(['Dari Src']);
  });
});

describe('readChallengesMarkup', () => {
  it('reads nothing when there are no <section> children', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>Hanya teks</p>';
    expect(readChallengesMarkup(host)).toBeUndefined();
  });

  it('takes data-id over id, as every element’s fallback reader does', () => {
    const host = document.createElement('div');
    host.innerHTML = '<section id="dari-id" data-id="dari-data-id"><h3>Judul</h3></section>';
    expect(readChallengesMarkup(host)?.challenges[0]?.id).toBe('dari-data-id');
  });

  it('takes the id from data-id when there is no id, and leaves out empty parts', () => {
    const host = document.createElement('div');
    host.innerHTML = '<section data-id="x"><h4> Judul\n  panjang </h4><p></p></section>';
    expect(readChallengesMarkup(host)).toEqual({ challenges: [{ id: 'x', title: 'Judul panjang' }] });
  });
});
