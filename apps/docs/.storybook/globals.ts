import { html } from 'lit';
import type { Decorator, Preview } from '@storybook/web-components-vite';

export type DocsLocale = 'id' | 'en';
export type DocsScheme = 'light' | 'dark';

/** The toolbar's two switches. Indonesian first: it is the source language of the content. */
export const globalTypes: NonNullable<Preview['globalTypes']> = {
  locale: {
    description: 'Bahasa widget / widget language',
    toolbar: {
      title: 'Bahasa',
      icon: 'globe',
      items: [
        { value: 'id', title: 'Bahasa Indonesia', right: 'id' },
        { value: 'en', title: 'English', right: 'en' },
      ],
      dynamicTitle: true,
    },
  },
  scheme: {
    description: 'Skema warna / colour scheme',
    toolbar: {
      title: 'Skema',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Terang / light', icon: 'sun' },
        { value: 'dark', title: 'Gelap / dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { locale: 'id', scheme: 'light' } satisfies Record<string, string>;

export function localeOf(globals: Record<string, unknown>): DocsLocale {
  return globals['locale'] === 'en' ? 'en' : 'id';
}

export function schemeOf(globals: Record<string, unknown>): DocsScheme {
  return globals['scheme'] === 'dark' ? 'dark' : 'light';
}

/**
 * Every story renders inside a frame carrying `lang` (the elements take their locale from the nearest
 * ancestor's `lang`) and `data-kl-theme`, which frame.css turns into `--kl-color-scheme`: the tokens use
 * `light-dark()`, so this switches the widgets without touching the OS preference.
 */
export const withLocaleAndScheme: Decorator = (story, context) =>
  html`<div
    class="kl-docs-frame"
    lang=${localeOf(context.globals)}
    data-kl-theme=${schemeOf(context.globals)}
  >
    ${story()}
  </div>`;
