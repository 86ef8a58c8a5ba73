import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale } from '@ketahanan/model';
import type { CsvProblem } from '@ketahanan/model/csv';
import type { Draft } from '../draft/draft.js';
import { importFile } from '../draft/import-file.js';
import { importPartnersCsv } from '../draft/import-csv.js';
import { articleDraft, emptyDraft } from '../draft/starting-points.js';
import { ui } from '../ui/strings.js';

/** Asks the studio to put `draft` in place of the current one, announcing `message`. */
export type ReplaceEvent = CustomEvent<{ readonly draft: Draft; readonly message: string }>;

/**
 * Where work starts: the article, empty sections, an earlier JSON file, or a partner list from a
 * spreadsheet. Each replaces the current draft through a `studio-replace` event (the studio keeps the old
 * one for "Undo"); a file that cannot be used changes nothing and says why beside its input.
 */
@customElement('studio-start')
export class StudioStart extends LitElement {
  @property({ attribute: false }) draft: Draft = {};
  @property() locale: Locale = 'id';
  @property({ type: Boolean }) canUndo = false;

  @state() private jsonError = '';
  @state() private csvProblems: readonly CsvProblem[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #emit(type: 'studio-status' | 'studio-undo', detail?: string): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
  }

  #replace(draft: Draft, message: string): void {
    this.jsonError = '';
    this.csvProblems = [];
    this.dispatchEvent(new CustomEvent('studio-replace', { detail: { draft, message }, bubbles: true }));
  }

  /** The chosen file, and the input emptied so that choosing the same file again reads it again. */
  #takeFile(event: Event): File | undefined {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    return file;
  }

  async #onJson(event: Event): Promise<void> {
    const file = this.#takeFile(event);
    if (!file) return;
    const result = await importFile(file, this.locale);
    if (result.ok) {
      this.#replace(result.draft, ui(this.locale, 'imported', { file: file.name }));
    } else {
      this.jsonError = result.message;
      this.#emit('studio-status', ui(this.locale, 'importFailed', { file: file.name }));
    }
  }

  async #onCsv(event: Event): Promise<void> {
    const file = this.#takeFile(event);
    if (!file) return;
    const result = await importPartnersCsv(file, this.draft, this.locale);
    const rejected = result.rejectedCount;
    const summary = rejected > 0 ? ` ${ui(this.locale, 'csvRejected', { count: rejected })}` : '';
    if (result.draft) {
      const imported = ui(this.locale, 'csvImported', { count: result.partnerCount, file: file.name });
      this.#replace(result.draft, `${imported}${summary}`);
    } else {
      this.#emit('studio-status', ui(this.locale, 'importFailed', { file: file.name }));
    }
    this.csvProblems = result.problems;
  }

  #csvProblemsView(): TemplateResult | typeof nothing {
    if (this.csvProblems.length === 0) return nothing;
    const where = (problem: CsvProblem) =>
      problem.line === 0
        ? ''
        : `${
            problem.column === undefined
              ? ui(this.locale, 'csvLine', { line: problem.line })
              : ui(this.locale, 'csvLineColumn', { line: problem.line, column: problem.column })
          }: `;
    return html`<ul class="field__error" id="import-csv-error">
      ${this.csvProblems.map((problem) => html`<li>${where(problem)}${problem.message}</li>`)}
    </ul>`;
  }

  #fileInput(
    id: string,
    label: string,
    hint: string,
    accept: string,
    invalid: boolean,
    onChange: (event: Event) => Promise<void>,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="file"
        accept=${accept}
        aria-describedby=${invalid ? `${id}-error ${id}-hint` : `${id}-hint`}
        aria-invalid=${invalid ? 'true' : 'false'}
        @change=${(event: Event) => void onChange(event)}
      />
      <p class="field__hint" id=${`${id}-hint`}>${hint}</p>
    </div>`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    return html`<h2 id="start-title">${ui(locale, 'startTitle')}</h2>
      <p>${ui(locale, 'startReplaces')} ${ui(locale, 'savedHint')}</p>
      <div class="start__actions">
        <button
          type="button"
          @click=${() => {
            this.#replace(articleDraft(), ui(locale, 'startedArticle'));
          }}
        >
          ${ui(locale, 'startArticle')}
        </button>
        <button
          type="button"
          @click=${() => {
            this.#replace(emptyDraft(), ui(locale, 'startedEmpty'));
          }}
        >
          ${ui(locale, 'startEmpty')}
        </button>
        ${
          this.canUndo
            ? html`<button
                type="button"
                @click=${() => {
                  this.#emit('studio-undo');
                }}
              >
                ${ui(locale, 'undo')}
              </button>`
            : nothing
        }
      </div>
      ${this.#fileInput(
        'import-json',
        ui(locale, 'importJson'),
        ui(locale, 'importJsonHint'),
        '.json,application/json',
        this.jsonError !== '',
        (event) => this.#onJson(event),
      )}
      ${this.jsonError ? html`<p class="field__error" id="import-json-error">${this.jsonError}</p>` : nothing}
      ${this.#fileInput(
        'import-csv',
        ui(locale, 'importCsv'),
        ui(locale, 'importCsvHint'),
        '.csv,text/csv',
        this.csvProblems.length > 0,
        (event) => this.#onCsv(event),
      )}
      ${this.#csvProblemsView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-start': StudioStart;
  }
}
