import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@ketahanan/elements/principle-checklist';
import { storyFrom, type ElementTemplate } from '../shared/example.js';
import { tokenStyle } from '../shared/token-args.js';
import { forgetChecklistAnswers } from './forget-answers.js';
import { checklistExamples, type ChecklistArgs } from './principle-checklist.examples.js';

const template: ElementTemplate<ChecklistArgs> = (args, children) =>
  html`<kl-principle-checklist
    style=${tokenStyle(args)}
    name=${ifDefined(args.name)}
    ?disabled=${args.disabled ?? false}
    persist=${ifDefined(args.persist)}
    storage-key=${ifDefined(args['storage-key'])}
    heading-level=${ifDefined(args['heading-level'])}
    ?section-header=${args['section-header'] ?? false}
    src=${ifDefined(args.src)}
    timeout=${ifDefined(args.timeout)}
    .content=${args.content}
    @kl-change=${args.onKlChange}
    @kl-error=${args.onKlError}
    >${children}</kl-principle-checklist
  >`;

const meta = {
  title: 'Elements/Principle checklist',
  component: 'kl-principle-checklist',
  // `checked` is set from script (see "All checked"); a control re-setting it on every render would
  // overwrite the saved answers the other stories show.
  argTypes: { checked: { control: false } },
  beforeEach: () => {
    forgetChecklistAnswers();
  },
} satisfies Meta<ChecklistArgs>;
export default meta;

type Story = StoryObj<ChecklistArgs>;

export const Default: Story = storyFrom(checklistExamples.Default, template);
export const KeyboardToggle: Story = storyFrom(checklistExamples.KeyboardToggle, template);
export const AllChecked: Story = {
  ...storyFrom(checklistExamples.AllChecked, template),
  // The state is set by the play function; run it on the Docs page too so the page shows it.
  parameters: {
    docs: { description: { story: checklistExamples.AllChecked.description }, story: { autoplay: true } },
  },
};
export const StorageKey: Story = storyFrom(checklistExamples.StorageKey, template);
export const PersistNone: Story = storyFrom(checklistExamples.PersistNone, template);
export const FormUse: Story = storyFrom(checklistExamples.FormUse, template);
export const DisabledFieldset: Story = storyFrom(checklistExamples.DisabledFieldset, template);
export const HeadingLevel: Story = storyFrom(checklistExamples.HeadingLevel, template);
export const SectionHeader: Story = storyFrom(checklistExamples.SectionHeader, template);
export const CustomContent: Story = storyFrom(checklistExamples.CustomContent, template);
export const FallbackMarkup: Story = storyFrom(checklistExamples.FallbackMarkup, template);
export const LongText: Story = storyFrom(checklistExamples.LongText, template);
export const InvalidJson: Story = storyFrom(checklistExamples.InvalidJson, template);
export const SchemaError: Story = storyFrom(checklistExamples.SchemaError, template);
export const UnreachableSrc: Story = storyFrom(checklistExamples.UnreachableSrc, template);
export const NarrowContainer: Story = storyFrom(checklistExamples.NarrowContainer, template);
export const HostileHostCss: Story = storyFrom(checklistExamples.HostileHostCss, template);

// Every example has its story: a missing or extra export fails `npm run typecheck`.
({
  Default,
  KeyboardToggle,
  AllChecked,
  StorageKey,
  PersistNone,
  FormUse,
  DisabledFieldset,
  HeadingLevel,
  SectionHeader,
  CustomContent,
  FallbackMarkup,
  LongText,
  InvalidJson,
  SchemaError,
  UnreachableSrc,
  NarrowContainer,
  HostileHostCss,
}) satisfies Record<keyof typeof checklistExamples, Story>;
