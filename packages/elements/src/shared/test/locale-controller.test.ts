import { afterEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { defaultContent } from '@ketahanan/model';
import './probe-element.js';
import type { KlTestProbe } from './probe-element.js';

const firstQuestion = (probe: KlTestProbe) => probe.shadowRoot?.querySelector('li')?.textContent;

afterEach(() => {
  cleanupFixtures();
  document.documentElement.lang = 'id';
  vi.restoreAllMocks();
});

describe('locale, as a page sets it', () => {
  it('uses the element’s own lang first', async () => {
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe lang="en-GB"></kl-test-probe>`);
    expect(probe.locale).toBe('en');
    expect(firstQuestion(probe)).toBe(defaultContent.en.faq[0]?.question);
  });

  it('inherits the nearest ancestor’s lang', async () => {
    const wrapper = await fixture(
      html`<section lang="en">
        <div><kl-test-probe></kl-test-probe></div>
      </section>`,
    );
    const probe = wrapper.querySelector('kl-test-probe');
    expect(probe?.locale).toBe('en');
  });

  it('inherits across a shadow root', async () => {
    const outer = await fixture(html`<div lang="en"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = document.createElement('kl-test-probe');
    shadow.append(probe);
    await probe.updateComplete;
    expect(probe.locale).toBe('en');
  });

  it('falls back to <html lang>, and to Indonesian for languages we do not ship', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.documentElement.lang = 'en-US';
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe></kl-test-probe>`);
    expect(probe.locale).toBe('en');
    probe.lang = 'jv';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.locale).toBe('id');
    expect(warn.mock.calls.some(([text]) => String(text).includes('KL301'))).toBe(true);
  });

  it('re-renders when lang changes at run time, on the element or on <html>', async () => {
    const probe = await fixture<KlTestProbe>(html`<kl-test-probe></kl-test-probe>`);
    expect(firstQuestion(probe)).toBe(defaultContent.id.faq[0]?.question);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(firstQuestion(probe)).toBe(defaultContent.en.faq[0]?.question);
    probe.setAttribute('lang', 'id');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(firstQuestion(probe)).toBe(defaultContent.id.faq[0]?.question);
  });
});
