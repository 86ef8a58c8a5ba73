import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@ketahanan/elements/partner-cards';
import { storyFrom, type ElementTemplate } from '../shared/example.js';
import { tokenStyle } from '../shared/token-args.js';
import { cardsExamples, type CardsArgs } from './partner-cards.examples.js';

const template: ElementTemplate<CardsArgs> = (args, children) =>
  html`<kl-partner-cards
    style=${tokenStyle(args)}
    sector=${ifDefined(args.sector)}
    area=${ifDefined(args.area)}
    layout=${ifDefined(args.layout)}
    heading-level=${ifDefined(args['heading-level'])}
    ?section-header=${args['section-header'] ?? false}
    src=${ifDefined(args.src)}
    timeout=${ifDefined(args.timeout)}
    .content=${args.content}
    @kl-filter=${args.onKlFilter}
    @kl-error=${args.onKlError}
    >${children}</kl-partner-cards
  >`;

const meta = {
  title: 'Elements/Partner cards',
  component: 'kl-partner-cards',
} satisfies Meta<CardsArgs>;
export default meta;

type Story = StoryObj<CardsArgs>;

export const Default: Story = storyFrom(cardsExamples.Default, template);
export const Filter: Story = storyFrom(cardsExamples.Filter, template);
export const OwnPartners: Story = storyFrom(cardsExamples.OwnPartners, template);
export const FallbackMarkup: Story = storyFrom(cardsExamples.FallbackMarkup, template);
export const EmptyFilterResult: Story = storyFrom(cardsExamples.EmptyFilterResult, template);
export const ListLayout: Story = storyFrom(cardsExamples.ListLayout, template);
export const HeadingLevel: Story = storyFrom(cardsExamples.HeadingLevel, template);
export const SectionHeader: Story = storyFrom(cardsExamples.SectionHeader, template);
export const LongText: Story = storyFrom(cardsExamples.LongText, template);
export const InvalidJson: Story = storyFrom(cardsExamples.InvalidJson, template);
export const SchemaError: Story = storyFrom(cardsExamples.SchemaError, template);
export const UnreachableSrc: Story = storyFrom(cardsExamples.UnreachableSrc, template);
export const NarrowContainer: Story = storyFrom(cardsExamples.NarrowContainer, template);
export const HostileHostCss: Story = storyFrom(cardsExamples.HostileHostCss, template);

// Every example has its story: a missing or extra export fails `npm run typecheck`.
({
  Default,
  Filter,
  OwnPartners,
  FallbackMarkup,
  EmptyFilterResult,
  ListLayout,
  HeadingLevel,
  SectionHeader,
  LongText,
  InvalidJson,
  SchemaError,
  UnreachableSrc,
  NarrowContainer,
  HostileHostCss,
}) satisfies Record<keyof typeof cardsExamples, Story>;
