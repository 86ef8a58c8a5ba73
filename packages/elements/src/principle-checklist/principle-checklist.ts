import { html, type PropertyValues } from 'lit';
import {
  challengesBuiltIn,
  formatMessage,
  principlesHeaderBuiltIn,
  principlesBuiltIn,
  type Challenge,
  type Content,
  type Principle,
} from '@ketahanan/model';
import { BatchController } from '../shared/batch-controller.js';
import type { ReadyContent } from '../shared/content-controller.js';
import { emit } from '../shared/events.js';
import { placeItems } from '../shared/place-items.js';
import { KlContentElement } from '../shared/kl-content-element.js';
import { checklistMessages, type ChecklistMessages } from '../shared/messages/index.js';
import { buildAdviceItems, renderAdvice, type AdviceItems } from './advice-view.js';
import { AnswersStore, storageKeyFor } from './answers-store.js';
import { buildBox } from './box-dom.js';
import { checklistStyles } from './principle-checklist.styles.js';
import { readPrinciplesMarkup } from './principles-markup.js';

type ChecklistContent = Pick<Content, 'principles' | 'challenges'>;

/** Detail of `kl-change`. */
export interface KlChangeDetail {
  /** Ids of the checked principles, in the content's order. */
  readonly checked: readonly string[];
  /** How many principles there are. */
  readonly total: number;
}

/** Quiet time before the live region speaks, so quick toggling is announced once, not once per click. */
export const ANNOUNCE_DELAY_MS = 600;

/**
 * A self-assessment of the article's four principles of an effective partnership: a checkbox per principle,
 * progress as text and a `<progress>`, and advice for each principle not yet in place (its related
 * challenge and that challenge's solution where the content links one, else the principle's description). Answers are kept in `localStorage` (per page path, or per
 * `storage-key`), restored on load and followed across tabs; the element is also a form control.
 *
 * Content: the built-in article; or the `content` property; or a child `<script type="application/json">`;
 * or `src`; or a light-DOM `<ul>` of principles (each `<li data-id data-prevents>` holding a `<strong>`
 * title and its description), which is also what readers without JavaScript see. See the README for the
 * format.
 *
 * @summary Self-assessment of the four partnership principles, with progress, advice and saved answers.
 *
 * @slot - Not rendered. A light-DOM `<ul>` of principles (or a `<script type="application/json">`) is read
 *   as content; it stays readable when JavaScript is off.
 *
 * @attr src - URL of a JSON content document (only its `principles` and `challenges` are read).
 * @prop src - URL of a JSON content document (only its `principles` and `challenges` are read).
 * @attr [heading-level=3] - Level (1–6) of the advice heading. Default 3.
 * @prop [headingLevel=3] - Level (1–6) of the advice heading. Default 3.
 * @attr section-header - Shows the section's title and intro ("Prinsip Dasar Kemitraan yang Efektif",
 *   "Untuk membangun kemitraan …"; or the content's `principlesHeader`) above the checkboxes, the title at
 *   `heading-level` and the advice heading one deeper. Off by default.
 * @prop [sectionHeader=false] - Shows the section's title and intro above the checkboxes (see the attribute).
 *
 * @event {CustomEvent<KlChangeDetail>} kl-change - The checked principles changed: a toggle, the reset
 *   button, `form.reset()`, or another tab. Not fired for answers restored on load. Bubbles, composed.
 * @event {CustomEvent<KlErrorDetail>} kl-error - The content could not be used; the element shows why.
 *
 * @csspart fieldset - The group of checkboxes.
 * @csspart legend - Its legend.
 * @csspart item - One principle: checkbox, label and description.
 * @csspart checkbox - Each native checkbox.
 * @csspart label - Each principle's title.
 * @csspart description - Each principle's description.
 * @csspart progress - The progress text and bar.
 * @csspart progress-bar - The `<progress>` element.
 * @csspart advice - The advice for unchecked principles.
 * @csspart advice-heading - Its heading.
 * @csspart advice-item - The advice for one principle; a checked principle's item is `hidden`.
 * @csspart confirmation - Shown instead of the advice when every principle is checked.
 * @csspart reset - The reset button.
 * @csspart note - The note shown when the browser will not store answers.
 * @csspart section-header - With `section-header`: the section's title and intro.
 * @csspart section-title - The section's title heading.
 * @csspart section-intro - The section's intro paragraph.
 * @csspart loading - The loading status while `src` loads.
 * @csspart error - The error state.
 *
 * @cssproperty --kl-color-accent - Checkboxes, the progress bar and the reset button.
 * @cssproperty --kl-color-success - The confirmation.
 * @cssproperty --kl-color-surface - The advice block.
 */
export class KlPrincipleChecklist extends KlContentElement<'principles' | 'principlesHeader' | 'challenges'> {
  static override styles = [super.styles, checklistStyles];
  // (`attribute: false` on internal state only keeps the manifest analyzer from listing it as an
  // attribute; `state` implies it for Lit.)
  static override properties = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    persist: {},
    storageKey: { attribute: 'storage-key' },
    checkedIds: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };
  /** Takes part in forms: its `name` is submitted with each checked principle id. */
  static readonly formAssociated = true;

  /** Form field name: with it, a form submits `name=<id>` for each checked principle. */
  declare name: string | undefined;

  /** Disables every checkbox and the reset button (an ancestor `<fieldset disabled>` does too). */
  disabled = false;

  /** Where answers are kept: `local` (default) in `localStorage`; `none` keeps them only in this element. */
  persist: 'local' | 'none' = 'local';

  /** Share answers across pages under this key, or keep two checklists on one page apart. Default: the page path. */
  declare storageKey: string | undefined;

  private checkedIds: ReadonlySet<string> = new Set();
  private announcement = '';
  private formDisabled = false;

  /** Undefined in browsers without form-associated custom elements: the checklist then works outside forms. */
  readonly #internals = 'attachInternals' in this ? this.attachInternals() : undefined;
  #store: AnswersStore | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Advice per principle, rebuilt only when the content or the locale changes. */
  #advice: { principles: unknown; challenges: unknown; messages: unknown; items: AdviceItems } | undefined;
  #formValueFor: readonly unknown[] | undefined;
  /** What the last render showed (how many boxes, whose advice, all done): a change means new nodes. */
  #rendered: readonly unknown[] = [];
  /** {@link #rendered} as of the last time every box and advice item was brought in line with the answers. */
  #synced: readonly unknown[] = [];
  /**
   * Whose box and advice item the next update brings in line with the answers: `''` nobody (nothing changed),
   * a principle's id (one click changed only that one), `true` everybody (any other change).
   */
  #toSync: string | true = '';
  readonly #batches = new BatchController(this);
  /** The boxes' list items as the last render built them, placed in the list after it. */
  #boxes: readonly HTMLElement[] = [];

  constructor() {
    super([principlesBuiltIn, principlesHeaderBuiltIn, challengesBuiltIn], readPrinciplesMarkup);
  }

  /** The form this checklist belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null;
  }

  /** The principles in the current content, or `undefined` while loading or in the error state. */
  get #principles(): readonly Principle[] | undefined {
    const state = this.contentState;
    return state.status === 'ready' ? state.content.principles : undefined;
  }

  /** Ids of the checked principles, in the content's order. Setting it saves, without `kl-change`. */
  get checked(): string[] {
    const principles = this.#principles;
    if (!principles) return [...this.checkedIds];
    return principles
      .filter((principle) => this.checkedIds.has(principle.id))
      .map((principle) => principle.id);
  }

  set checked(ids: readonly string[]) {
    this.#set(ids, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.#onStorage);
    this.#openStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.#onStorage);
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different key or persistence mode is a different set of answers: read them.
    if (this.hasUpdated && (changed.has('storageKey') || changed.has('persist'))) this.#openStore();
    // Reflected now rather than after render (where Lit reflects): the browser answers a change of our
    // `disabled` attribute with formDisabledCallback, and this render must already know it.
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
  }

  protected override updated(): void {
    // The boxes and the advice are rendered once per content (see render): the answers are copied onto
    // them here, a box's `checked` and an advice item's `hidden` (both carry their principle's id). All of
    // them after new nodes or a change of answers from elsewhere (restore, reset, another tab, the `checked`
    // setter); after a click, with no new nodes, that principle's two alone; none after an update that
    // changed neither (an announcement). All of them cost 3 ms at 1,000 principles.
    placeItems(this.renderRoot.querySelector('.checklist__items'), this.#boxes);
    const rendered = this.#rendered;
    const toSync = this.#toSync;
    const sameNodes = rendered.every((value, index) => value === this.#synced[index]);
    if (toSync !== '' || !sameNodes) {
      const selector =
        sameNodes && toSync !== true ? `[data-principle="${CSS.escape(toSync)}"]` : '[data-principle]';
      for (const node of this.renderRoot.querySelectorAll<HTMLElement>(selector)) {
        const on = this.checkedIds.has(node.dataset.principle ?? '');
        if (node instanceof HTMLInputElement) node.checked = on;
        else node.hidden = on;
      }
    }
    this.#synced = rendered;
    this.#toSync = '';
    // The form value only changes with the answers, the name or the content (not with each announcement).
    const inputs = [this.checkedIds, this.name, this.#principles] as const;
    if (this.#formValueFor?.every((value, index) => value === inputs[index])) return;
    this.#formValueFor = inputs;
    const checked = this.checked;
    if (!this.name || !this.#principles || checked.length === 0) {
      this.#internals?.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const id of checked) data.append(this.name, id);
    this.#internals?.setFormValue(data);
  }

  /** `form.reset()`: back to nothing checked, like a native checkbox without `checked`. */
  formResetCallback(): void {
    this.#set([], true);
  }

  /** An ancestor `<fieldset disabled>` or our own `disabled` attribute. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  #openStore(): void {
    this.#store =
      this.persist === 'none'
        ? undefined
        : new AnswersStore(storageKeyFor(location.pathname, this.storageKey));
    this.checkedIds = new Set(this.#store?.load() ?? []);
    this.#toSync = true;
  }

  #onStorage = (event: StorageEvent): void => {
    const answers = this.#store?.fromStorageEvent(event);
    if (answers) this.#apply(answers, true);
  };

  /** A change from this page: keep it, then show and tell it. */
  #set(ids: readonly string[], notify: boolean): void {
    this.#store?.save(ids);
    this.#apply(ids, notify);
  }

  #apply(ids: Iterable<string>, notify: boolean): void {
    const next = new Set(ids);
    const same = next.size === this.checkedIds.size && [...next].every((id) => this.checkedIds.has(id));
    this.checkedIds = next;
    this.#toSync = true;
    if (!notify || same) return;
    const total = this.#principles?.length ?? 0;
    emit<KlChangeDetail>(this, 'kl-change', { checked: this.checked, total });
    this.#scheduleAnnouncement();
  }

  /** A click: its box shows the new state already (see updated). */
  #toggle(id: string, on: boolean): void {
    const pending = this.#toSync;
    const next = new Set(this.checkedIds);
    if (on) next.add(id);
    else next.delete(id);
    this.#set([...next], true);
    // Only this principle changed, unless something else is still waiting for the update.
    this.#toSync = pending === '' || pending === id ? id : true;
  }

  #adviceItems(
    principles: readonly Principle[],
    challenges: readonly Challenge[],
    messages: ChecklistMessages,
  ) {
    const memo = this.#advice;
    if (memo?.principles === principles && memo.challenges === challenges && memo.messages === messages)
      return memo.items;
    const items = buildAdviceItems(principles, challenges, messages);
    this.#advice = { principles, challenges, messages, items };
    return items;
  }

  protected override headerOf(content: Pick<Content, 'principlesHeader'>) {
    return content.principlesHeader;
  }

  /** A box's `change`: one listener on the list serves every box (no closure per principle). */
  readonly #onBoxChange = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const id = box.dataset.principle;
    if (id !== undefined) this.#toggle(id, box.checked);
  };

  /** "2 of 4 principles in place", in the reader's language and plural form. */
  #progress(count: number, total: number): string {
    return formatMessage(this.language, checklistMessages(this).checklist.progress, { count, total });
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const total = this.#principles?.length ?? 0;
      const count = this.checked.length;
      const progress = this.#progress(count, total);
      this.announcement =
        count > 0 && count === total ? `${progress}. ${checklistMessages(this).checklist.allDone}` : progress;
    }, ANNOUNCE_DELAY_MS);
  }

  protected override renderContent(
    { principles, challenges }: ChecklistContent,
    { document }: ReadyContent<ChecklistContent>,
  ) {
    const messages = checklistMessages(this);
    const text = messages.checklist;
    const disabled = this.disabled || this.formDisabled;
    const count = principles.filter((principle) => this.checkedIds.has(principle.id)).length;
    const adviceItems = this.#adviceItems(principles, challenges, messages);
    // Boxes and advice a batch per task (one count for both), so 10,000 principles never block the page.
    // The boxes are built once per content (as DOM, see buildBox) and placed after the render.
    const boxes = this.#batches.render(principles, buildBox, [], { key: document }) as readonly HTMLElement[];
    this.#boxes = boxes;
    this.#rendered = [boxes.length, adviceItems, count === principles.length];
    return html`
      <fieldset class="checklist__fieldset" part="fieldset" ?disabled=${disabled}>
        <legend class="checklist__legend" part="legend">${text.legend}</legend>
        <ul class="checklist__items" role="list" @change=${this.#onBoxChange}></ul>
      </fieldset>
      <div class="checklist__progress" part="progress">
        <label class="checklist__progress-text" for="progress">
          ${this.#progress(count, principles.length)}
        </label>
        <progress
          class="checklist__progress-bar"
          part="progress-bar"
          id="progress"
          max=${principles.length}
          .value=${count}
        ></progress>
      </div>
      <div class="checklist__live" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
      ${
        principles.length === 0
          ? null
          : count === principles.length
            ? html`<p class="checklist__done" part="confirmation">${text.allDone}</p>`
            : renderAdvice(this.#batches.take(principles, document), adviceItems, this.level, messages)
      }
      <div class="checklist__actions">
        <button
          class="checklist__reset"
          part="reset"
          type="button"
          ?disabled=${disabled}
          @click=${() => {
            this.#set([], true);
          }}
        >
          ${text.reset}
        </button>
        ${this.#store && !this.#store.persistent ? html`<p class="checklist__note" part="note">${text.notSaved}</p>` : null}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kl-principle-checklist': KlPrincipleChecklist;
  }
  interface HTMLElementEventMap {
    'kl-change': CustomEvent<KlChangeDetail>;
  }
}
