import { html } from 'lit';
import { expect } from 'storybook/test';
import type { Partner } from '@ketahanan/model';
import type { Examples } from '../shared/example.js';
import { errorAlert, expectToolbarLocale, renderedElement } from '../shared/shadow.js';
import { hostileTheme, longText, narrowColumn } from '../shared/situations.js';
// `?no-inline`: Vite would inline a small SVG as a data: URL, which cards refuse as a logo (unsafe scheme).
import logoUrl from './logo-desa.svg?no-inline';

export interface CardArgs {
  name: string;
  sector: string;
  area: string;
  contributions: string;
  href: string;
  logo: string;
  'heading-level': number;
  partner: Partner;
}

const TAG = 'kl-partner-card';

const koperasi = {
  name: 'Koperasi Tani Makmur',
  sector: 'komunitas-lokal',
  area: 'Kecamatan Cibening',
  contributions: 'sdm pengetahuan',
  href: 'https://koperasi-makmur.example.id/',
} satisfies Partial<CardArgs>;

async function card(canvasElement: HTMLElement) {
  const { host, root } = await renderedElement(canvasElement, TAG);
  const link = root.querySelector<HTMLAnchorElement>('a[part~="link"]');
  const heading = root.querySelector('[part~="name"]');
  return { host, root, link, heading };
}

/** Every situation of kl-partner-card; partner-card.stories.ts turns each into a story. */
export const cardExamples = {
  Default: {
    description:
      'One partner from attributes and a slotted description: the name is a heading and the one link, whose click area covers the card.',
    args: koperasi,
    children: html`<p>Menyalurkan pupuk organik dan melatih 40 petani muda setiap tahun.</p>`,
    play: async ({ canvasElement, globals }) => {
      const { host, root, link, heading } = await card(canvasElement);
      await expectToolbarLocale(host, globals);
      await expect(heading?.tagName).toBe('H3');
      await expect(link).toHaveAttribute('href', koperasi.href);
      await expect(link).toHaveTextContent(koperasi.name);
      await expect(root.querySelectorAll('a, button, input, select')).toHaveLength(1);
    },
  },
  FromPartnerProperty: {
    description:
      "The same card from a `partner` object (the content model's `Partner`), as a script would set it.",
    args: {
      partner: {
        id: 'bank-daerah-sukamaju',
        name: 'Bank Daerah Sukamaju',
        sector: 'swasta',
        description: 'Kredit usaha tani berbunga rendah.',
        contributions: ['finansial'],
        area: 'Kabupaten Sukamaju',
        url: 'https://bank-sukamaju.example.id/',
      },
    },
    play: async ({ canvasElement }) => {
      const { heading, root } = await card(canvasElement);
      await expect(heading).toHaveTextContent('Bank Daerah Sukamaju');
      await expect(root.textContent).toContain('Kredit usaha tani berbunga rendah.');
    },
  },
  WithLogo: {
    description: 'With a logo: decorative (`alt=""`), since the name beside it already says who it is.',
    args: { ...koperasi, logo: logoUrl },
    play: async ({ canvasElement }) => {
      const { root } = await card(canvasElement);
      const image = root.querySelector('img[part~="logo"]');
      await expect(image).toHaveAttribute('alt', '');
    },
  },
  WithoutLink: {
    description: 'Without `href` the name is plain text: no empty link, no tab stop.',
    args: { ...koperasi, href: '' },
    play: async ({ canvasElement }) => {
      const { link, heading } = await card(canvasElement);
      await expect(link).toBeNull();
      await expect(heading).toHaveTextContent(koperasi.name);
    },
  },
  UnsafeLink: {
    description: 'A `javascript:` URL is never linked: the name shows as plain text.',
    args: { ...koperasi, href: 'javascript:alert(1)' },
    play: async ({ canvasElement }) => {
      const { link } = await card(canvasElement);
      await expect(link).toBeNull();
    },
  },
  MissingName: {
    description: 'No name at all: a localized message says what is missing instead of an empty card.',
    args: { sector: 'swasta' },
    play: async ({ canvasElement }) => {
      const { root } = await card(canvasElement);
      await expect(await errorAlert(root)).toBeVisible();
    },
  },
  HeadingLevel: {
    description: '`heading-level="4"`: the name is an `<h4>`, to sit under a page section heading.',
    args: { ...koperasi, 'heading-level': 4 },
    play: async ({ canvasElement }) => {
      const { heading } = await card(canvasElement);
      await expect(heading?.tagName).toBe('H4');
    },
  },
  LongText: {
    description: 'A very long name and description wrap inside the card.',
    args: { ...koperasi, name: longText('Lembaga dengan nama yang sangat panjang', 1) },
    children: html`<p>${longText('Deskripsi panjang.')}</p>`,
    play: async ({ canvasElement }) => {
      const { host } = await card(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  NarrowContainer: {
    description: 'In a 320 px column the card keeps its layout and wraps.',
    args: koperasi,
    frame: narrowColumn,
    play: async ({ canvasElement }) => {
      const { host } = await card(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  HostileHostCss: {
    description: 'Inside a hostile theme the card, its badge and its focus ring look the same.',
    args: koperasi,
    frame: hostileTheme,
    play: async ({ canvasElement }) => {
      const { link, root } = await card(canvasElement);
      if (!link) throw new Error('no link');
      link.focus();
      // The focus ring is drawn around the whole card, which is the link's click area.
      const article = root.querySelector('[part~="card"]');
      if (!article) throw new Error('no card');
      await expect(getComputedStyle(article).outlineStyle).not.toBe('none');
    },
  },
} satisfies Examples<CardArgs>;
