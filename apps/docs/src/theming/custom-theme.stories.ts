import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '@ketahanan/elements/faq-accordion';
import { renderedElement } from '../elements/shared/shadow.js';
import './custom-theme.css';

const meta = {
  title: 'Examples/Site theme',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

/**
 * A site's own colours, font size and radius set as `--kl-*` tokens on a wrapper (custom-theme.css),
 * with light and dark values through `light-dark()`.
 */
export const SiteColours: StoryObj = {
  render: () => html`<div class="site-theme"><kl-faq-accordion></kl-faq-accordion></div>`,
  play: async ({ canvasElement }) => {
    const { root } = await renderedElement(canvasElement, 'kl-faq-accordion');
    const toggleAll = root.querySelector('[part~="toggle-all"]');
    if (!toggleAll) throw new Error('no show-all button');
    // The override reaches inside the shadow root: the "show all" button takes the site's accent colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--kl-color-accent)';
    canvasElement.querySelector('.site-theme')?.append(probe);
    const siteAccent = getComputedStyle(probe).color;
    probe.remove();
    await expect(getComputedStyle(toggleAll).color).toBe(siteAccent);
  },
};
