import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@ketahanan/elements/partner-card';
import { storyFrom, type ElementTemplate } from '../shared/example.js';
import { tokenStyle } from '../shared/token-args.js';
import { cardExamples, type CardArgs } from './partner-card.examples.js';

const template: ElementTemplate<CardArgs> = (args, children) =>
  html`<kl-partner-card
    style=${tokenStyle(args)}
    name=${ifDefined(args.name)}
    sector=${ifDefined(args.sector)}
    area=${ifDefined(args.area)}
    contributions=${ifDefined(args.contributions)}
    href=${ifDefined(args.href)}
    logo=${ifDefined(args.logo)}
    heading-level=${ifDefined(args['heading-level'])}
    .partner=${args.partner}
    >${children}</kl-partner-card
  >`;

const meta = {
  title: 'Elements/Partner card',
  component: 'kl-partner-card',
} satisfies Meta<CardArgs>;
export default meta;

type Story = StoryObj<CardArgs>;

export const Default: Story = storyFrom(cardExamples.Default, template);
export const FromPartnerProperty: Story = storyFrom(cardExamples.FromPartnerProperty, template);
export const WithLogo: Story = storyFrom(cardExamples.WithLogo, template);
export const WithoutLink: Story = storyFrom(cardExamples.WithoutLink, template);
export const UnsafeLink: Story = storyFrom(cardExamples.UnsafeLink, template);
export const MissingName: Story = storyFrom(cardExamples.MissingName, template);
export const HeadingLevel: Story = storyFrom(cardExamples.HeadingLevel, template);
export const LongText: Story = storyFrom(cardExamples.LongText, template);
export const NarrowContainer: Story = storyFrom(cardExamples.NarrowContainer, template);
export const HostileHostCss: Story = storyFrom(cardExamples.HostileHostCss, template);

// Every example has its story: a missing or extra export fails `npm run typecheck`.
({
  Default,
  FromPartnerProperty,
  WithLogo,
  WithoutLink,
  UnsafeLink,
  MissingName,
  HeadingLevel,
  LongText,
  NarrowContainer,
  HostileHostCss,
}) satisfies Record<keyof typeof cardExamples, Story>;
