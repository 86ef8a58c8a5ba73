import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import type { KlErrorDetail } from '../content-controller.js';
import './probe-element.js';
import type { KlTestProbe } from './probe-element.js';

const customFaq = {
  faq: [{ id: 'jam-layanan', question: 'Kapan kantor buka?', answer: 'Senin sampai Jumat.' }],
};
const questions = (probe: KlTestProbe) =>
  [...(probe.shadowRoot?.querySelectorAll('li[data-id]') ?? [])].map((li) => li.textContent);
const alertText = (probe: KlTestProbe) =>
  probe.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';

let warn: MockInstance<typeof console.warn>;
let errors: ErrorEvent[];
const recordError = (event: ErrorEvent) => errors.push(event);

beforeEach(() => {
  document.documentElement.lang = 'id';
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  errors = [];
  window.addEventListener('error', recordError);
});

afterEach(() => {
  cleanupFixtures();
  window.removeEventListener('error', recordError);
  vi.restoreAllMocks();
  expect(errors, 'uncaught errors on the page').toEqual([]);
});

/** Waits for the element to leave the loading state. */
async function loaded(probe: KlTestProbe): Promise<void> {
  await expect
    .poll(() => probe.status !== 'loading', { message: 'content loaded', timeout: 12_000 })
    .toBeTruthy();
  await probe.updateComplete;
}

describe('content sources', () => {
  it('shows the model’s defaults when nothing is given', async () => {
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe></kl-test-probe>`);
    expect(questions(probe)).toHaveLength(5);
  });

  it('uses the content property over everything else', async () => {
    const probe = await fixture<KlTestProbe>(
      html`<kl-test-probe .content=${customFaq} src="/__kl/status/404"></kl-test-probe>`,
    );
    expect(questions(probe)).toEqual(['Kapan kantor buka?']);
  });

  it('shows content a framework binds after the first render, and each replacing object, after one update', async () => {
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe></kl-test-probe>`);
    probe.content = customFaq;
    await probe.updateComplete;
    expect(questions(probe)).toEqual(['Kapan kantor buka?']);
    probe.content = { faq: [{ ...customFaq.faq[0], question: 'Kapan kantor tutup?' }] };
    await probe.updateComplete;
    expect(questions(probe)).toEqual(['Kapan kantor tutup?']);
    probe.content = undefined;
    await probe.updateComplete;
    expect(questions(probe)).toHaveLength(5);
  });

  it('reads a child <script type="application/json">', async () => {
    const probe = await fixture<KlTestProbe>(
      html`<kl-test-probe
        ><script type="application/json">
          ${JSON.stringify(customFaq)}
        </script></kl-test-probe
      >`,
    );
    expect(questions(probe)).toEqual(['Kapan kantor buka?']);
  });

  it('fetches src and shows a loading status meanwhile', async () => {
    const body = encodeURIComponent(JSON.stringify(customFaq));
    const probe = await fixture<KlTestProbe>(
      html`<kl-test-probe src=${`/__kl/json?body=${body}`}></kl-test-probe>`,
    );
    await loaded(probe);
    expect(questions(probe)).toEqual(['Kapan kantor buka?']);
  });
});

describe('when the content cannot be used', () => {
  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '/__kl/json?body=%7B%22faq%22%3A', /baris|line/i],
    [
      'a schema error',
      `/__kl/json?body=${encodeURIComponent('{"faq":[{"id":"a","question":"Q","answer":""}]}')}`,
      /faq\[0\]\.answer/,
    ],
    ['a 404', '/__kl/status/404', /404/],
    ['an HTML page instead of JSON', '/__kl/html', /bukan JSON/],
    ['a 10 MB response', '/__kl/big?mb=10', /terlalu besar/],
  ];
  for (const [situation, src, expected] of cases) {
    it(`shows a localized alert, fires kl-error once and warns once for ${situation}`, async () => {
      const events: CustomEvent<KlErrorDetail>[] = [];
      document.body.addEventListener('kl-error', (event) => events.push(event));
      const probe = await fixture<KlTestProbe>(html`<kl-test-probe lang="id" src=${src}></kl-test-probe>`);
      await loaded(probe);
      expect(alertText(probe)).toMatch(expected);
      expect(alertText(probe)).toContain('Konten tidak dapat ditampilkan');
      expect(events).toHaveLength(1);
      expect(events[0]?.composed).toBe(true);
      expect(events[0]?.detail.source).toBe('src');
      expect(warn.mock.calls.filter(([text]) => String(text).includes('KL201'))).toHaveLength(1);
      await expectNoAxeViolations(probe);
    });
  }

  it('gives up on a src that hangs after its timeout', async () => {
    const probe = await fixture<KlTestProbe>(
      html`<kl-test-probe src="/__kl/hang" timeout="300"></kl-test-probe>`,
    );
    expect(probe.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('Memuat');
    await loaded(probe);
    expect(alertText(probe)).toMatch(/1 detik/);
  });

  it('re-localizes the error when lang changes, without firing again', async () => {
    const events: Event[] = [];
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe src="/__kl/status/500"></kl-test-probe>`);
    probe.addEventListener('kl-error', (event) => events.push(event));
    await loaded(probe);
    probe.lang = 'en';
    await expect
      .poll(() => alertText(probe).includes('cannot be shown'), { message: 'English error' })
      .toBeTruthy();
    expect(alertText(probe)).toContain('500');
    expect(events.length).toBeLessThanOrEqual(1);
  });

  it('stops fetching when removed, and shows nothing stale when src changes', async () => {
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe src="/__kl/hang"></kl-test-probe>`);
    const body = encodeURIComponent(JSON.stringify(customFaq));
    probe.src = `/__kl/json?body=${body}`;
    await loaded(probe);
    expect(questions(probe)).toEqual(['Kapan kantor buka?']);
    probe.src = '/__kl/hang';
    await probe.updateComplete;
    probe.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warn).not.toHaveBeenCalled();
  });
});
