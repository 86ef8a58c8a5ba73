import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { addLanguagePack } from '@ketahanan/elements';
import { renderedElement } from '../elements/shared/shadow.js';
import { javaneseExample } from './javanese-example-pack.js';

const meta = {
  title: 'Examples/Languages and strings',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

const toggleAllText = (root: ShadowRoot) => root.querySelector('[part~="toggle-all"]')?.textContent.trim();

/** Two strings of one element replaced in HTML, with the `messages` attribute (JSON). */
export const OverriddenStrings: StoryObj = {
  render: () =>
    html`<kl-faq-accordion
      lang="en"
      messages='{"faq":{"showAll":"Open every answer","hideAll":"Close every answer"}}'
    ></kl-faq-accordion>`,
  play: async ({ canvasElement }) => {
    const { root } = await renderedElement(canvasElement, 'kl-faq-accordion');
    await expect(toggleAllText(root)).toBe('Open every answer');
  },
};

/** A language the page adds: the example Javanese pack, used by every element under `lang="jv"`. */
export const AddedLanguage: StoryObj = {
  render: () => {
    addLanguagePack(javaneseExample);
    return html`<div lang="jv">
      <kl-faq-accordion></kl-faq-accordion>
      <kl-principle-checklist storage-key="docs-languages-jv"></kl-principle-checklist>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const { root } = await renderedElement(canvasElement, 'kl-faq-accordion');
    await expect(toggleAllText(root)).toBe('Bukak kabèh');
    const checklist = await renderedElement(canvasElement, 'kl-principle-checklist');
    await expect(checklist.root.querySelector('[part~="progress"]')?.textContent).toContain(
      '0 saka 4 prinsip wis ana',
    );
  },
};
