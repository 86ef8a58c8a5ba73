import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LOCALES, type Locale } from '@ketahanan/model';
import { changeList, readAt, writeAt, type Draft, type DraftPath } from './draft/draft.js';
import { fieldProblems, type FieldProblems } from './draft/field-problems.js';
import { newItem } from './draft/new-item.js';
import { articleDraft, articleSection } from './draft/starting-points.js';
import { loadDraft, loadUiLocale, saveDraft, saveUiLocale } from './draft/storage.js';
import { choicesOf } from './sections/choices.js';
import type { EditorContext } from './sections/editor-context.js';
import { inputId } from './sections/field-view.js';
import { itemLabel } from './sections/item-label.js';
import { problemSummary } from './sections/problem-summary.js';
import { addButtonId, itemButtonId, ownButtonId, sectionEditor } from './sections/section-editor.js';
import { isBilingual, SECTION_SPECS, type SectionSpec } from './sections/section-specs.js';
import type { Scheme } from './preview/studio-preview.js';
import { ui, type UiKey } from './ui/strings.js';
import './preview/studio-preview.js';
import './export/studio-export.js';
import './start/studio-start.js';
import type { ReplaceEvent } from './start/studio-start.js';

/** How long the preview waits after the last keystroke: the widgets re-validate the whole draft. */
const PREVIEW_DELAY_MS = 250;

/**
 * The content studio: start from the article, from empty or from a file; edit the four sections in forms,
 * with the model's problems beside each field; watch the real widgets; export the file and the embed code.
 * Every edit is saved to localStorage at once. The app renders into the light DOM: the error summary links
 * to inputs by id, and every `aria-describedby` points into one tree.
 */
@customElement('studio-app')
export class StudioApp extends LitElement {
  @state() private draft: Draft = loadDraft() ?? articleDraft();
  @state() private previewDraft: Draft = this.draft;
  @state() private locale: Locale = loadUiLocale() ?? 'id';
  @state() private previewLocale: Locale = 'id';
  @state() private scheme: Scheme = 'light';
  @state() private status = '';
  /** The work a start or an import replaced, until the next one: "Undo" brings it back. */
  @state() private replaced: Draft | undefined;

  private problems: FieldProblems = { byField: new Map(), all: [] };
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft' as keyof StudioApp) || changed.has('locale' as keyof StudioApp)) {
      this.problems = fieldProblems(this.draft, this.locale);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('locale' as keyof StudioApp)) {
      document.documentElement.lang = this.locale;
      document.title = ui(this.locale, 'appTitle');
    }
  }

  #setDraft(draft: Draft): void {
    this.draft = draft;
    saveDraft(draft);
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => {
      this.previewDraft = this.draft;
    }, PREVIEW_DELAY_MS);
  }

  #announce(message: string): void {
    this.status = message;
  }

  /** Replaces the whole draft (a start or an import), keeping the old one for "Undo". */
  #replace(draft: Draft, message: string): void {
    this.replaced = this.draft;
    this.#setDraft(draft);
    this.previewDraft = draft;
    // Said with the news, since the problems appear all over the form at once (an imported file's, say).
    const count = fieldProblems(draft, this.locale).all.length;
    this.#announce(count > 0 ? `${message} ${ui(this.locale, 'problemCount', { count })}.` : message);
  }

  #undo(): void {
    if (!this.replaced) return;
    const previous = this.replaced;
    this.replaced = undefined;
    this.#setDraft(previous);
    this.previewDraft = previous;
    this.#announce(ui(this.locale, 'undone'));
  }

  /** Moves focus to the element with `id` once the next render is on screen. */
  async #focusAfterRender(...ids: string[]): Promise<void> {
    await this.updateComplete;
    for (const id of ids) {
      const target = document.getElementById(id);
      if (target instanceof HTMLElement && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
  }

  #items(spec: SectionSpec): unknown[] {
    const items = readAt(this.draft, [spec.name]);
    return Array.isArray(items) ? items : [];
  }

  #context(): EditorContext {
    const locale = this.locale;
    return {
      draft: this.draft,
      locale,
      problems: this.problems,
      sectors: choicesOf(this.draft, 'sectors', 'name', locale),
      challenges: choicesOf(this.draft, 'challenges', 'title', locale),
      principles: choicesOf(this.draft, 'principles', 'title', locale),
      setValue: (path: DraftPath, value: unknown) => {
        this.#setDraft(writeAt(this.draft, path, value));
      },
      add: (spec) => {
        const items = this.#items(spec);
        const item = newItem(spec, items);
        this.#setDraft(changeList(this.draft, [spec.name], (list) => list.push(item)));
        const first = spec.fields[0];
        const firstInput = first
          ? inputId([spec.name, items.length, first.key], isBilingual(first.kind) ? locale : undefined)
          : '';
        void this.#focusAfterRender(firstInput);
        this.#announce(ui(locale, 'added', { item: itemLabel(spec, item, items.length, locale) }));
      },
      move: (spec, index, by) => {
        const items = this.#items(spec);
        const target = index + by;
        if (target < 0 || target >= items.length) return;
        this.#setDraft(
          changeList(this.draft, [spec.name], (list) => {
            const [item] = list.splice(index, 1);
            list.splice(target, 0, item);
          }),
        );
        // Focus stays on the button just used, now on the item's new place; at an end, on the other one.
        const same = by < 0 ? 'up' : 'down';
        const other = by < 0 ? 'down' : 'up';
        void this.#focusAfterRender(
          itemButtonId(spec.name, target, same),
          itemButtonId(spec.name, target, other),
        );
        this.#announce(
          ui(locale, 'moved', {
            item: itemLabel(spec, items[index], target, locale),
            position: target + 1,
            count: items.length,
          }),
        );
      },
      remove: (spec, index) => {
        const items = this.#items(spec);
        const label = itemLabel(spec, items[index], index, locale);
        this.#setDraft(changeList(this.draft, [spec.name], (list) => list.splice(index, 1)));
        void this.#focusAfterRender(
          itemButtonId(spec.name, Math.min(index, items.length - 2), 'remove'),
          addButtonId(spec.name),
        );
        this.#announce(ui(locale, 'removed', { item: label }));
      },
      useOwn: (spec) => {
        this.#setDraft(writeAt(this.draft, [spec.name], articleSection(spec)));
        void this.#focusAfterRender(addButtonId(spec.name));
      },
      // Drops a whole section of the author's work: through #replace, so that "Undo" brings it back.
      useArticle: (spec) => {
        this.#replace(
          writeAt(this.draft, [spec.name], undefined),
          ui(locale, 'usingArticle', { section: spec.title[locale] }),
        );
        void this.#focusAfterRender(ownButtonId(spec.name));
      },
    };
  }

  #radios<T extends string>(
    name: string,
    legend: UiKey,
    options: readonly (readonly [T, UiKey])[],
    current: T,
    choose: (value: T) => void,
  ): TemplateResult {
    return html`<fieldset class="choices">
      <legend>${ui(this.locale, legend)}</legend>
      ${options.map(
        ([value, label]) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              .checked=${current === value}
              @change=${() => {
                choose(value);
              }}
            />
            ${ui(this.locale, label)}</label
          >`,
      )}
    </fieldset>`;
  }

  #languageOptions(): readonly (readonly [Locale, UiKey])[] {
    return LOCALES.map((locale) => [locale, locale === 'id' ? 'languageId' : 'languageEn'] as const);
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const context = this.#context();
    return html`<header class="masthead">
        <h1>${ui(locale, 'appTitle')}</h1>
        <p>${ui(locale, 'appIntro')}</p>
        ${this.#radios('ui-language', 'uiLanguage', this.#languageOptions(), locale, (value) => {
          this.locale = value;
          saveUiLocale(value);
        })}
      </header>
      <p class="status" role="status">${this.status}</p>
      <main
        @studio-status=${(event: CustomEvent<string>) => {
          this.#announce(event.detail);
        }}
      >
        <section class="start" aria-labelledby="start-title">
          <studio-start
            .draft=${this.draft}
            .locale=${locale}
            .canUndo=${this.replaced !== undefined}
            @studio-replace=${(event: ReplaceEvent) => {
              this.#replace(event.detail.draft, event.detail.message);
            }}
            @studio-undo=${this.#undo}
          ></studio-start>
        </section>
        <div class="workspace">
          <section class="form" aria-labelledby="form-title">
            <h2 id="form-title">${ui(locale, 'formTitle')}</h2>
            ${problemSummary(this.draft, this.problems, locale)}
            ${SECTION_SPECS.map((spec) => sectionEditor(context, spec))}
          </section>
          <section class="preview-panel" aria-labelledby="preview-title">
            <h2 id="preview-title">${ui(locale, 'previewTitle')}</h2>
            ${this.#radios(
              'preview-language',
              'previewLanguage',
              this.#languageOptions(),
              this.previewLocale,
              (value) => {
                this.previewLocale = value;
              },
            )}
            ${this.#radios(
              'preview-scheme',
              'previewScheme',
              [
                ['light', 'light'],
                ['dark', 'dark'],
              ] as const,
              this.scheme,
              (value) => {
                this.scheme = value;
              },
            )}
            <studio-preview
              .content=${this.previewDraft}
              .language=${this.previewLocale}
              .scheme=${this.scheme}
            ></studio-preview>
          </section>
        </div>
        <section class="export" aria-labelledby="export-title">
          <h2 id="export-title">${ui(locale, 'exportTitle')}</h2>
          <studio-export
            .draft=${this.draft}
            .locale=${locale}
            .problemCount=${this.problems.all.length}
          ></studio-export>
        </section>
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
