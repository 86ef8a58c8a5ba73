import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { renderedElement } from '../elements/shared/shadow.js';
import { shippedTokens, tokenUses } from './shipped-tokens.js';
import './token-specimens.js';

const meta = {
  title: 'Examples/Design tokens',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

/** The Theming page's table: one row per `--kl-*` token the elements ship, each with live specimens. */
export const TokenTable: StoryObj = {
  render: () =>
    html`<docs-token-specimens .tokens=${shippedTokens()} .uses=${tokenUses()}></docs-token-specimens>`,
  play: async ({ canvasElement }) => {
    const { root } = await renderedElement(canvasElement, 'docs-token-specimens');
    const names = [...root.querySelectorAll('.token-name')].map((code) => code.textContent);
    await expect(names).toEqual(shippedTokens().map((token) => token.name));
    for (const token of [
      '--kl-color-accent',
      '--kl-color-focus',
      '--kl-font-size',
      '--kl-radius',
      '--kl-color-scheme',
    ]) {
      await expect(names).toContain(token);
    }
    // The element docs say where each colour is used.
    await expect(tokenUses().get('--kl-color-accent')?.length).toBeGreaterThan(0);
  },
};
