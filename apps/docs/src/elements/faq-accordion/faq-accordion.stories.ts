import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@ketahanan/elements/faq-accordion';
import { storyFrom, type ElementTemplate } from '../shared/example.js';
import { tokenStyle } from '../shared/token-args.js';
import { faqExamples, type FaqArgs } from './faq-accordion.examples.js';

const template: ElementTemplate<FaqArgs> = (args, children) =>
  html`<kl-faq-accordion
    style=${tokenStyle(args)}
    heading-level=${ifDefined(args['heading-level'])}
    ?section-header=${args['section-header'] ?? false}
    ?single=${args.single ?? false}
    ?structured-data=${args['structured-data'] ?? false}
    src=${ifDefined(args.src)}
    timeout=${ifDefined(args.timeout)}
    .content=${args.content}
    @kl-toggle=${args.onKlToggle}
    @kl-error=${args.onKlError}
    >${children}</kl-faq-accordion
  >`;

const meta = {
  title: 'Elements/FAQ accordion',
  component: 'kl-faq-accordion',
} satisfies Meta<FaqArgs>;
export default meta;

type Story = StoryObj<FaqArgs>;

export const Default: Story = storyFrom(faqExamples.Default, template);
export const KeyboardNavigation: Story = storyFrom(faqExamples.KeyboardNavigation, template);
export const ShowAll: Story = storyFrom(faqExamples.ShowAll, template);
export const Single: Story = storyFrom(faqExamples.Single, template);
export const HeadingLevel: Story = storyFrom(faqExamples.HeadingLevel, template);
export const SectionHeader: Story = storyFrom(faqExamples.SectionHeader, template);
export const CustomContent: Story = storyFrom(faqExamples.CustomContent, template);
export const DetailsMarkup: Story = storyFrom(faqExamples.DetailsMarkup, template);
export const LongText: Story = storyFrom(faqExamples.LongText, template);
export const EmptyList: Story = storyFrom(faqExamples.EmptyList, template);
export const InvalidJson: Story = storyFrom(faqExamples.InvalidJson, template);
export const SchemaError: Story = storyFrom(faqExamples.SchemaError, template);
export const UnreachableSrc: Story = storyFrom(faqExamples.UnreachableSrc, template);
export const NarrowContainer: Story = storyFrom(faqExamples.NarrowContainer, template);
export const TokenControls: Story = storyFrom(faqExamples.TokenControls, template);
export const HostileHostCss: Story = storyFrom(faqExamples.HostileHostCss, template);

// Every example has its story: a missing or extra export fails `npm run typecheck`.
({
  Default,
  KeyboardNavigation,
  ShowAll,
  Single,
  HeadingLevel,
  SectionHeader,
  CustomContent,
  DetailsMarkup,
  LongText,
  EmptyList,
  InvalidJson,
  SchemaError,
  UnreachableSrc,
  NarrowContainer,
  TokenControls,
  HostileHostCss,
}) satisfies Record<keyof typeof faqExamples, Story>;
