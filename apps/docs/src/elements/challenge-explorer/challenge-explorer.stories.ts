import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@ketahanan/elements/challenge-explorer';
import { storyFrom, type ElementTemplate } from '../shared/example.js';
import { tokenStyle } from '../shared/token-args.js';
import { explorerExamples, type ExplorerArgs } from './challenge-explorer.examples.js';

const template: ElementTemplate<ExplorerArgs> = (args, children) =>
  html`<kl-challenge-explorer
    style=${tokenStyle(args)}
    selected=${ifDefined(args.selected)}
    activation=${ifDefined(args.activation)}
    ?sync-hash=${args['sync-hash'] ?? false}
    heading-level=${ifDefined(args['heading-level'])}
    ?section-header=${args['section-header'] ?? false}
    src=${ifDefined(args.src)}
    timeout=${ifDefined(args.timeout)}
    .content=${args.content}
    @kl-select=${args.onKlSelect}
    @kl-error=${args.onKlError}
    >${children}</kl-challenge-explorer
  >`;

const meta = {
  title: 'Elements/Challenge explorer',
  component: 'kl-challenge-explorer',
} satisfies Meta<ExplorerArgs>;
export default meta;

type Story = StoryObj<ExplorerArgs>;

export const Default: Story = storyFrom(explorerExamples.Default, template);
export const KeyboardNavigation: Story = storyFrom(explorerExamples.KeyboardNavigation, template);
export const ManualActivation: Story = storyFrom(explorerExamples.ManualActivation, template);
export const Selected: Story = storyFrom(explorerExamples.Selected, template);
export const HeadingLevel: Story = storyFrom(explorerExamples.HeadingLevel, template);
export const SectionHeader: Story = storyFrom(explorerExamples.SectionHeader, template);
export const CustomContent: Story = storyFrom(explorerExamples.CustomContent, template);
export const SectionMarkup: Story = storyFrom(explorerExamples.SectionMarkup, template);
export const LongText: Story = storyFrom(explorerExamples.LongText, template);
export const EmptyList: Story = storyFrom(explorerExamples.EmptyList, template);
export const InvalidJson: Story = storyFrom(explorerExamples.InvalidJson, template);
export const SchemaError: Story = storyFrom(explorerExamples.SchemaError, template);
export const UnreachableSrc: Story = storyFrom(explorerExamples.UnreachableSrc, template);
export const NarrowContainer: Story = storyFrom(explorerExamples.NarrowContainer, template);
export const HostileHostCss: Story = storyFrom(explorerExamples.HostileHostCss, template);

// Every example has its story: a missing or extra export fails `npm run typecheck`.
({
  Default,
  KeyboardNavigation,
  ManualActivation,
  Selected,
  HeadingLevel,
  SectionHeader,
  CustomContent,
  SectionMarkup,
  LongText,
  EmptyList,
  InvalidJson,
  SchemaError,
  UnreachableSrc,
  NarrowContainer,
  HostileHostCss,
}) satisfies Record<keyof typeof explorerExamples, Story>;
