import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import hostileCss from '../../../test/hostile.css?inline';
import { cleanupFixtures } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { defineElement } from '../../shared/define.js';
import { KlChallengeExplorer } from '../challenge-explorer.js';
import {
  focused,
  mountExplorer,
  panels,
  selectedTab,
  tabs,
  visiblePanels,
} from './challenge-explorer-fixture.js';

const style = document.createElement('style');

beforeAll(() => {
  style.textContent = hostileCss;
  document.head.append(style);
});

afterAll(() => {
  style.remove();
});

afterEach(cleanupFixtures);

describe('on a page with a CMS theme’s hostile global CSS', () => {
  it('keeps its own sizes (html font-size 62.5%, h3 40px do not reach inside)', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    expect(getComputedStyle(explorer).fontSize).toBe('16px');
    const heading = panels(explorer)[0]?.querySelector('[part="heading"]') as HTMLElement;
    expect(getComputedStyle(heading).fontSize).toBe('20px');
    expect(getComputedStyle(heading).textTransform).toBe('none');
  });

  it('keeps hidden panels hidden and tabs as buttons despite [hidden]{display:block!important} and button{all:unset}', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    expect(visiblePanels(explorer)).toHaveLength(1);
    const tab = tabs(explorer)[0] as HTMLElement;
    expect(getComputedStyle(tab).cursor).toBe('pointer');
  });

  it('still shows a focus ring (*:focus{outline:none}) and works with the keyboard', async () => {
    const explorer = await mountExplorer(html`<kl-challenge-explorer lang="id"></kl-challenge-explorer>`);
    await userEvent.tab();
    expect(getComputedStyle(focused(explorer) as HTMLElement).outlineStyle).toBe('solid');
    await userEvent.keyboard('{ArrowRight}');
    await explorer.updateComplete;
    expect(selectedTab(explorer)).toBe(focused(explorer));
    expect(selectedTab(explorer)).toBe(tabs(explorer)[1]);
    await expectNoAxeViolations(explorer);
  });

  it('does not throw when a second copy of the script defines the tag again', () => {
    expect(() => {
      defineElement('kl-challenge-explorer', class extends KlChallengeExplorer {});
    }).not.toThrow();
  });
});
