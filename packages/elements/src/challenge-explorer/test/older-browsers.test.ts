/**
 * In a browser without container queries (Chrome < 105, Firefox < 110, Safari < 16) the explorer keeps
 * its tabs at every width. All three test engines have them, so our styles are read here as such a
 * browser reads them: an unknown at-rule is skipped whole (test/older-engine.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures } from '../../../test/fixture.js';
import { restoreEngine, styleAsOlderEngine } from '../../../test/older-engine.js';
import { horizontalOverflow } from '../../../test/hardening/markup-checks.js';
import { mountExplorer, selectedTab, tabs, visiblePanels } from './challenge-explorer-fixture.js';

afterEach(() => {
  restoreEngine();
  cleanupFixtures();
});

describe('without container queries (Chrome < 105, Firefox < 110, Safari < 16)', () => {
  it('keeps working tabs in a narrow column, inside the column', async () => {
    styleAsOlderEngine((text) => text.replaceAll('@container', '@x-container'));
    const explorer = await mountExplorer(
      html`<div style="inline-size: 20em"><kl-challenge-explorer lang="id"></kl-challenge-explorer></div>`,
    );
    expect(tabs(explorer).every((tab) => tab.checkVisibility())).toBe(true);
    expect(visiblePanels(explorer)).toHaveLength(1);
    await userEvent.click(tabs(explorer)[1] as HTMLElement);
    await userEvent.keyboard('{ArrowRight}');
    await explorer.updateComplete;
    expect(selectedTab(explorer)).toBe(tabs(explorer)[2]);
    expect(horizontalOverflow(explorer)).toEqual([]);
    await expectNoAxeViolations(explorer);
  });
});
