/**
 * One field of an item as labelled inputs, with the model's problems beside it: the message is the input's
 * description (`aria-describedby`) and the input is `aria-invalid`, so a screen reader says both on focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CONTRIBUTIONS, formatPath, LOCALES, type Locale } from '@ketahanan/model';
import { messagesFor } from '@ketahanan/elements/messages';
import { readAt, type DraftPath } from '../draft/draft.js';
import { textsOf, textValue } from '../draft/bilingual-text.js';
import { fieldKey } from '../draft/field-problems.js';
import { ui } from '../ui/strings.js';
import type { Choice, EditorContext } from './editor-context.js';
import type { FieldSpec } from './section-specs.js';

/** A DOM id for the input at `path` (and language), stable across renders so focus and links can find it. */
export function inputId(path: DraftPath, language?: Locale): string {
  return ['field', ...path, ...(language ? [language] : [])].join('-');
}

const LANGUAGE_NAME = { id: 'languageId', en: 'languageEn' } as const;

function problemsView(id: string, messages: readonly string[]): TemplateResult | typeof nothing {
  return messages.length > 0
    ? html`<p class="field__error" id=${id}>${messages.map((message) => html`<span>${message}</span> `)}</p>`
    : nothing;
}

function describedBy(...ids: (string | false)[]): string | typeof nothing {
  const present = ids.filter((id): id is string => id !== false);
  return present.length > 0 ? present.join(' ') : nothing;
}

function labelText(context: EditorContext, spec: FieldSpec, language?: Locale): TemplateResult {
  const locale = context.locale;
  const inLanguage = language ? ` (${ui(locale, LANGUAGE_NAME[language])})` : '';
  return html`${spec.label[locale]}${inLanguage}${spec.required ? nothing : html` <span class="field__optional">${ui(locale, 'optional')}</span>`}`;
}

/** The two inputs of a text in both languages. */
function bilingualField(context: EditorContext, spec: FieldSpec, path: DraftPath): TemplateResult {
  const texts = textsOf(readAt(context.draft, path));
  const where = formatPath(path);
  return html`${LOCALES.map((language) => {
    const id = inputId(path, language);
    const messages = context.problems.byField.get(fieldKey(where, language)) ?? [];
    const errorId = `${id}-error`;
    const onInput = (event: Event) => {
      const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      context.setValue(path, textValue({ ...texts, [language]: value }, spec.required));
    };
    const attributes = {
      invalid: messages.length > 0 ? 'true' : 'false',
      describedBy: describedBy(messages.length > 0 && errorId),
    };
    return html`<div class="field">
      <label for=${id}>${labelText(context, spec, language)}</label>
      ${
        spec.kind === 'paragraph'
          ? html`<textarea
              id=${id}
              lang=${language}
              rows="3"
              aria-invalid=${attributes.invalid}
              aria-describedby=${attributes.describedBy}
              .value=${texts[language]}
              @input=${onInput}
            ></textarea>`
          : html`<input
              id=${id}
              lang=${language}
              aria-invalid=${attributes.invalid}
              aria-describedby=${attributes.describedBy}
              .value=${texts[language]}
              @input=${onInput}
            />`
      }
      ${problemsView(errorId, messages)}
    </div>`;
  })}`;
}

function choicesFor(context: EditorContext, spec: FieldSpec): readonly Choice[] {
  if (spec.kind === 'sector') return context.sectors;
  if (spec.kind === 'challenge') return context.challenges;
  return context.principles;
}

/** A select among the sectors, challenges or principles; a value not in the list stays, shown as it is. */
function choiceField(context: EditorContext, spec: FieldSpec, path: DraftPath): TemplateResult {
  const current = readAt(context.draft, path);
  const value = typeof current === 'string' ? current : '';
  const choices = choicesFor(context, spec);
  const listed = value === '' || choices.some((choice) => choice.id === value);
  const id = inputId(path);
  const messages = context.problems.byField.get(fieldKey(formatPath(path))) ?? [];
  return html`<div class="field">
    <label for=${id}>${labelText(context, spec)}</label>
    <select
      id=${id}
      aria-invalid=${messages.length > 0 ? 'true' : 'false'}
      aria-describedby=${describedBy(messages.length > 0 && `${id}-error`)}
      @change=${(event: Event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        context.setValue(path, chosen === '' ? undefined : chosen);
      }}
    >
      <option value="" ?selected=${value === ''}>${ui(context.locale, 'none')}</option>
      ${choices.map(
        (choice) => html`<option value=${choice.id} ?selected=${choice.id === value}>${choice.name}</option>`,
      )}
      ${listed ? nothing : html`<option value=${value} selected>${value}</option>`}
    </select>
    ${problemsView(`${id}-error`, messages)}
  </div>`;
}

/** An id or an address: one input, whatever the language. */
function plainField(context: EditorContext, spec: FieldSpec, path: DraftPath): TemplateResult {
  const current = readAt(context.draft, path);
  const id = inputId(path);
  const messages = context.problems.byField.get(fieldKey(formatPath(path))) ?? [];
  const hintId = spec.kind === 'id' ? `${id}-hint` : undefined;
  return html`<div class="field">
    <label for=${id}>${labelText(context, spec)}</label>
    <input
      id=${id}
      type=${spec.kind === 'url' ? 'url' : 'text'}
      spellcheck="false"
      autocomplete="off"
      aria-invalid=${messages.length > 0 ? 'true' : 'false'}
      aria-describedby=${describedBy(messages.length > 0 && `${id}-error`, hintId ?? false)}
      .value=${typeof current === 'string' ? current : ''}
      @input=${(event: Event) => {
        const value = (event.target as HTMLInputElement).value;
        context.setValue(path, value === '' && !spec.required ? undefined : value);
      }}
    />
    ${hintId ? html`<p class="field__hint" id=${hintId}>${ui(context.locale, 'idHint')}</p>` : nothing}
    ${problemsView(`${id}-error`, messages)}
  </div>`;
}

/**
 * A partner's contributions as checkboxes in a fieldset, named as the cards name them (the elements' own
 * strings). Kept in the model's order, so the file does not change with the order of clicks.
 */
function contributionsField(context: EditorContext, spec: FieldSpec, path: DraftPath): TemplateResult {
  const current = readAt(context.draft, path);
  const chosen = Array.isArray(current) ? current : [];
  const id = inputId(path);
  const messages = context.problems.byField.get(fieldKey(formatPath(path))) ?? [];
  const names = messagesFor(context.locale).cards.contributions;
  return html`<fieldset
    class="field choices"
    aria-invalid=${messages.length > 0 ? 'true' : 'false'}
    aria-describedby=${describedBy(messages.length > 0 && `${id}-error`)}
  >
    <legend>${labelText(context, spec)}</legend>
    ${CONTRIBUTIONS.map(
      (contribution) =>
        html`<label
          ><input
            type="checkbox"
            id=${`${id}-${contribution}`}
            .checked=${chosen.includes(contribution)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              const next = CONTRIBUTIONS.filter((item) =>
                item === contribution ? on : chosen.includes(item),
              );
              context.setValue(path, next.length > 0 ? next : undefined);
            }}
          />
          ${names[contribution]}</label
        >`,
    )}
    ${problemsView(`${id}-error`, messages)}
  </fieldset>`;
}

export function fieldView(context: EditorContext, spec: FieldSpec, path: DraftPath): TemplateResult {
  switch (spec.kind) {
    case 'text':
    case 'paragraph':
      return bilingualField(context, spec, path);
    case 'sector':
    case 'challenge':
    case 'principle':
      return choiceField(context, spec, path);
    case 'contributions':
      return contributionsField(context, spec, path);
    case 'id':
    case 'url':
      return plainField(context, spec, path);
  }
}
