/**
 * One section's form: its items as fieldsets, each with its fields and buttons to move it up, move it down
 * or remove it, and a button to add one. Plain buttons, so keyboard and screen-reader use come from the
 * browser; where focus goes after a move or a removal is the studio app's job (it knows the new order).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { readAt } from '../draft/draft.js';
import { ui } from '../ui/strings.js';
import { fieldView } from './field-view.js';
import { itemLabel } from './item-label.js';
import type { EditorContext } from './editor-context.js';
import type { SectionSpec } from './section-specs.js';

/** DOM id of an item's button, so focus can follow the item it acts on. */
export function itemButtonId(section: string, index: number, action: 'up' | 'down' | 'remove'): string {
  return `item-${section}-${index}-${action}`;
}

export function addButtonId(section: string): string {
  return `add-${section}`;
}

/** The "Write your own" button of a section that shows the article's content. */
export function ownButtonId(section: string): string {
  return `own-${section}`;
}

function itemView(context: EditorContext, spec: SectionSpec, item: unknown, index: number, count: number) {
  const locale = context.locale;
  return html`<fieldset class="item">
    <legend class="item__legend">${itemLabel(spec, item, index, locale)}</legend>
    ${spec.fields.map((field) => fieldView(context, field, [spec.name, index, field.key]))}
    <div class="item__actions">
      <button
        type="button"
        id=${itemButtonId(spec.name, index, 'up')}
        ?disabled=${index === 0}
        @click=${() => {
          context.move(spec, index, -1);
        }}
      >
        ${ui(locale, 'moveUp')}
      </button>
      <button
        type="button"
        id=${itemButtonId(spec.name, index, 'down')}
        ?disabled=${index === count - 1}
        @click=${() => {
          context.move(spec, index, 1);
        }}
      >
        ${ui(locale, 'moveDown')}
      </button>
      <button
        type="button"
        class="danger"
        id=${itemButtonId(spec.name, index, 'remove')}
        @click=${() => {
          context.remove(spec, index);
        }}
      >
        ${ui(locale, 'remove')}
      </button>
    </div>
  </fieldset>`;
}

export function sectionEditor(context: EditorContext, spec: SectionSpec): TemplateResult {
  const locale = context.locale;
  const items = readAt(context.draft, [spec.name]);
  const headingId = `section-${spec.name}`;
  if (!Array.isArray(items)) {
    return html`<section class="section" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${spec.title[locale]}</h3>
      <p>${ui(locale, 'sectionFromArticle')}</p>
      <button
        type="button"
        id=${ownButtonId(spec.name)}
        @click=${() => {
          context.useOwn(spec);
        }}
      >
        ${ui(locale, 'useOwnSection')}
      </button>
    </section>`;
  }
  return html`<section class="section" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${spec.title[locale]}</h3>
    ${items.length === 0 ? html`<p>${ui(locale, 'sectionEmpty')}</p>` : nothing}
    ${items.map((item, index) => itemView(context, spec, item, index, items.length))}
    <div class="section__actions">
      <button
        type="button"
        id=${addButtonId(spec.name)}
        @click=${() => {
          context.add(spec);
        }}
      >
        ${spec.add[locale]}
      </button>
      <button
        type="button"
        @click=${() => {
          context.useArticle(spec);
        }}
      >
        ${ui(locale, 'useArticleSection')}
      </button>
    </div>
  </section>`;
}
