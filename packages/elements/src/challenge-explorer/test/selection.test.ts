import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { challengesSection } from '@ketahanan/model';
import { cleanupFixtures } from '../../../test/fixture.js';
import type { KlSelectDetail } from '../challenge-explorer.js';
import { ariaWiring, mountExplorer, selectedTab, tabs } from './challenge-explorer-fixture.js';

const ids = challengesSection.defaults.id.map((challenge) => challenge.id);
const [first = '', second = '', third = ''] = ids;

let events: KlSelectDetail[];
const record = (event: Event) => events.push((event as CustomEvent<KlSelectDetail>).detail);
const startUrl = location.href;

beforeEach(() => {
  events = [];
  document.addEventListener('kl-select', record);
});

afterEach(() => {
  cleanupFixtures();
  document.removeEventListener('kl-select', record);
  // Only when a test changed it: WebKit refuses more than 100 replaceState() calls in 10 seconds.
  if (location.href !== startUrl) history.replaceState(null, '', startUrl);
});

describe('the selected attribute', () => {
  it('reflects the first challenge when none is given', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    expect(explorer.getAttribute('selected')).toBe(first);
  });

  it('selects the challenge it names on load', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" selected=${third}></kl-challenge-explorer>`,
    );
    expect(selectedTab(explorer)?.id).toBe(`tab-${third}`);
    expect(ariaWiring(explorer)).toEqual([]);
  });

  it('follows a click, and selects when set from script without firing kl-select', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    await userEvent.click(tabs(explorer)[1] as HTMLElement);
    expect(explorer.getAttribute('selected')).toBe(second);
    expect(events).toEqual([{ id: second }]);
    explorer.setAttribute('selected', third);
    await explorer.updateComplete;
    expect(selectedTab(explorer)?.id).toBe(`tab-${third}`);
    expect(events).toHaveLength(1);
  });

  it('falls back to the first challenge for an id that does not exist', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" selected="tidak-ada"></kl-challenge-explorer>`,
    );
    expect(selectedTab(explorer)?.id).toBe(`tab-${first}`);
    expect(explorer.selected).toBe(first);
  });
});

describe('kl-select', () => {
  it('bubbles out of the shadow root with the id, once per change', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="en"></kl-challenge-explorer>`);
    let composed = false;
    explorer.addEventListener('kl-select', (event) => {
      composed = event.composed && event.bubbles;
    });
    await userEvent.click(tabs(explorer)[2] as HTMLElement);
    await userEvent.click(tabs(explorer)[2] as HTMLElement);
    expect(events).toEqual([{ id: third }]);
    expect(composed).toBe(true);
  });
});

describe('with sync-hash', () => {
  it('selects the challenge named by the URL hash on load', async () => {
    history.replaceState(null, '', `#${second}`);
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" sync-hash></kl-challenge-explorer>`,
    );
    expect(selectedTab(explorer)?.id).toBe(`tab-${second}`);
    expect(explorer.getAttribute('selected')).toBe(second);
  });

  it('ignores a hash that names no challenge, keeping the selected attribute', async () => {
    history.replaceState(null, '', '#konten-utama');
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" sync-hash selected=${third}></kl-challenge-explorer>`,
    );
    expect(selectedTab(explorer)?.id).toBe(`tab-${third}`);
    expect(location.hash).toBe('#konten-utama');
  });

  it('writes the selection into the hash without adding history entries', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" sync-hash></kl-challenge-explorer>`,
    );
    const entries = history.length;
    await userEvent.click(tabs(explorer)[2] as HTMLElement);
    expect(location.hash).toBe(`#${third}`);
    expect(history.length).toBe(entries);
  });

  it('follows hashchange (back/forward, an in-page link) and fires kl-select', async () => {
    const explorer = await mountExplorer(
      html`<kl-challenge-explorer lang="id" sync-hash></kl-challenge-explorer>`,
    );
    location.hash = `#${third}`;
    await expect
      .poll(() => selectedTab(explorer)?.id, { message: 'selection follows the hash' })
      .toBe(`tab-${third}`);
    expect(events).toEqual([{ id: third }]);
  });
});

describe('without sync-hash', () => {
  it('neither reads nor writes the hash', async () => {
    history.replaceState(null, '', `#${second}`);
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    expect(selectedTab(explorer)?.id).toBe(`tab-${first}`);
    await userEvent.click(tabs(explorer)[2] as HTMLElement);
    expect(location.hash).toBe(`#${second}`);
    location.hash = `#${first}`;
    await new Promise((resolve) => {
      window.addEventListener('hashchange', resolve, { once: true });
    });
    await explorer.updateComplete;
    expect(selectedTab(explorer)?.id).toBe(`tab-${third}`);
  });
});
