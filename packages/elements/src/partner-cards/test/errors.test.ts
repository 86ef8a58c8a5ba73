import { describe, expect, it } from 'vitest';
import { html, type TemplateResult } from 'lit';
import type { KlErrorDetail } from '../../shared/content-controller.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { LOCALES, alertText, guardPage, mountCards, root } from './partner-cards-fixture.js';

const page = guardPage();

const json = (value: unknown) => `/__kl/json?body=${encodeURIComponent(JSON.stringify(value))}`;

/** Every way content can fail, each with what the reader should be told (id, en). */
const FAILURES: [situation: string, mount: (lang: string) => TemplateResult, id: RegExp, en: RegExp][] = [
  [
    'an unreachable server',
    (lang) => html`<kl-partner-cards lang=${lang} src="http://127.0.0.1:9/partners.json"></kl-partner-cards>`,
    /tidak dapat diunduh/,
    /could not be downloaded/,
  ],
  [
    'a server that never answers',
    (lang) => html`<kl-partner-cards lang=${lang} src="/__kl/hang" timeout="300"></kl-partner-cards>`,
    /1 detik/,
    /1 seconds/,
  ],
  [
    'a 404',
    (lang) => html`<kl-partner-cards lang=${lang} src="/__kl/status/404"></kl-partner-cards>`,
    /status 404/,
    /status 404/,
  ],
  [
    'a 500',
    (lang) => html`<kl-partner-cards lang=${lang} src="/__kl/status/500"></kl-partner-cards>`,
    /status 500/,
    /status 500/,
  ],
  [
    'an HTML page instead of JSON',
    (lang) => html`<kl-partner-cards lang=${lang} src="/__kl/html"></kl-partner-cards>`,
    /bukan JSON/,
    /not JSON/,
  ],
  [
    'a response too large to read',
    (lang) => html`<kl-partner-cards lang=${lang} src="/__kl/big?mb=5"></kl-partner-cards>`,
    /terlalu besar/,
    /too large/,
  ],
  [
    'broken JSON from src',
    (lang) =>
      html`<kl-partner-cards lang=${lang} src="/__kl/json?body=%7B%22partners%22%3A%5B"></kl-partner-cards>`,
    /baris|kolom/i,
    /line|column/i,
  ],
  [
    'broken inline JSON',
    (lang) =>
      html`<kl-partner-cards lang=${lang}
        ><script type="application/json">
          {"partners": [}
        </script></kl-partner-cards
      >`,
    /baris|kolom/i,
    /line|column/i,
  ],
  [
    'a partner without a name',
    (lang) =>
      html`<kl-partner-cards
        lang=${lang}
        .content=${{ partners: [{ id: 'a', sector: 'swasta' }] }}
      ></kl-partner-cards>`,
    /partners\[0\]/,
    /partners\[0\]/,
  ],
  [
    'a partner in a sector that does not exist',
    (lang) =>
      html`<kl-partner-cards
        lang=${lang}
        src=${json({ partners: [{ id: 'a', name: 'A', sector: 'akademisi' }] })}
      ></kl-partner-cards>`,
    /partners\[0\]\.sector/,
    /partners\[0\]\.sector/,
  ],
  [
    'a partnership naming an unknown partner',
    (lang) =>
      html`<kl-partner-cards
        lang=${lang}
        .content=${{
          partnerships: [{ id: 'p', title: 'T', summary: 'S', area: 'A', partners: ['siapa'], outcomes: [] }],
        }}
      ></kl-partner-cards>`,
    /partnerships\[0\]\.partners\[0\]/,
    /partnerships\[0\]\.partners\[0\]/,
  ],
  [
    'a document that is not an object',
    (lang) => html`<kl-partner-cards lang=${lang} src=${json([1, 2, 3])}></kl-partner-cards>`,
    /harus berupa objek JSON/,
    /must be a JSON object/,
  ],
];

describe('when the content cannot be used', () => {
  for (const locale of LOCALES) {
    for (const [situation, mount, idText, enText] of FAILURES) {
      it(`shows the error state and fires kl-error for ${situation} (${locale})`, async () => {
        const events: CustomEvent<KlErrorDetail>[] = [];
        const record = (event: Event) => events.push(event as CustomEvent<KlErrorDetail>);
        document.addEventListener('kl-error', record);
        try {
          const cards = await mountCards(mount(locale));
          const alert = alertText(cards);
          expect(alert).toContain(
            locale === 'id' ? 'Konten tidak dapat ditampilkan' : 'The content cannot be shown',
          );
          expect(alert).toMatch(locale === 'id' ? idText : enText);
          expect(root(cards).querySelector('.list, .filter')).toBeNull();
          await expect.poll(() => events.length).toBe(1);
          expect(events[0]?.detail.problems.length).toBeGreaterThan(0);
          expect(page.warn.mock.calls.filter(([text]) => String(text).includes('KL201'))).toHaveLength(1);
          await expectNoAxeViolations(cards);
        } finally {
          document.removeEventListener('kl-error', record);
        }
      });
    }
  }

  it('recovers when the page gives it valid content', async () => {
    const cards = await mountCards(html`<kl-partner-cards src="/__kl/status/404"></kl-partner-cards>`);
    expect(alertText(cards)).toContain('404');
    cards.src = json({ partners: [{ id: 'a', name: 'Toko A', sector: 'swasta' }] });
    await expect.poll(() => root(cards).querySelector('.card__name')?.textContent).toBe('Toko A');
    expect(root(cards).querySelector('[role="alert"]')).toBeNull();
  });
});
