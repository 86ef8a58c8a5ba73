import { html, type PropertyValues, type TemplateResult } from 'lit';
import {
  challengesHeaderBuiltIn,
  challengesBuiltIn,
  principlesBuiltIn,
  type Challenge,
  type Content,
  type Principle,
} from '@ketahanan/model';
import { BatchController } from '../shared/batch-controller.js';
import type { ReadyContent } from '../shared/content-controller.js';
import { emit } from '../shared/events.js';
import { renderHeading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { KlContentElement } from '../shared/kl-content-element.js';
import { explorerMessages, type ExplorerMessages } from '../shared/messages/index.js';
import { explorerStyles } from './challenge-explorer.styles.js';
import { readChallengesMarkup } from './challenges-markup.js';
import { targetTab } from './tab-keys.js';
import { readHash, writeHash } from '../shared/url-hash.js';

type ExplorerContent = Pick<Content, 'challenges' | 'principles'>;

/** Detail of `kl-select`. */
export interface KlSelectDetail {
  /** Id of the challenge the reader selected. */
  readonly id: string;
}

/**
 * The article's challenges of a partnership as tabs: each tab shows the challenge, its solution and the
 * related principle, where the content links one. In a narrow container (under 36em) the tabs become stacked sections, and print
 * shows every challenge.
 *
 * Content: the built-in article; or the `content` property; or a child `<script type="application/json">`;
 * or `src`; or light-DOM `<section>` children (`data-id` or `id`, `data-principle`, a heading, a `<p>`
 * description and a `<p>` solution), which is also what readers without JavaScript see. See the README for
 * the format. `heading-level` is the level of each challenge's title; "Solution" and "Principle" go one deeper.
 *
 * @summary The three challenges of a partnership, each with its solution and, where linked, a related principle.
 *
 * @slot - Not rendered. Light-DOM `<section>` children (or a `<script type="application/json">`) are read
 *   as content; they stay readable when JavaScript is off.
 *
 * @attr src - URL of a JSON content document (only its `challenges` and `principles` are read).
 * @prop src - URL of a JSON content document (only its `challenges` and `principles` are read).
 * @attr [heading-level=3] - Level (1–6) of each challenge's heading; the "Solution"/"Principle" headings are
 *   one deeper. Default 3.
 * @prop [headingLevel=3] - Level (1–6) of each challenge's heading; the "Solution"/"Principle" headings are
 *   one deeper. Default 3.
 * @attr section-header - Shows the section's title and intro ("Tantangan dan Solusi dalam Membangun
 *   Kemitraan", "Meski tampak menjanjikan, …"; or the content's `challengesHeader`) above the tabs, the
 *   title at `heading-level` and every challenge's headings one deeper. Off by default.
 * @prop [sectionHeader=false] - Shows the section's title and intro above the tabs (see the attribute).
 *
 * @event {CustomEvent<KlSelectDetail>} kl-select - The reader selected a challenge (click, keys, or the URL
 *   hash with `sync-hash`); not fired when `selected` is set from script. Bubbles, composed.
 * @event {CustomEvent<KlErrorDetail>} kl-error - The content could not be used; the element shows why.
 *
 * @csspart tabs - The tabbed layout (hidden in a narrow container and in print).
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart tab-selected - The selected tab (in addition to `tab`).
 * @csspart panel - Each tab panel.
 * @csspart stacked - The stacked layout (shown in a narrow container and in print).
 * @csspart section - Each challenge in the stacked layout.
 * @csspart heading - Each challenge's title heading.
 * @csspart subheading - The "Solution" and "Related principle" headings.
 * @csspart description - The challenge's description.
 * @csspart solution - The solution text.
 * @csspart principle - The block naming the principle, with its description.
 * @csspart empty - Shown when the content has no challenges.
 * @csspart section-header - With `section-header`: the section's title and intro.
 * @csspart section-title - The section's title heading.
 * @csspart section-intro - The section's intro paragraph.
 * @csspart loading - The loading status while `src` loads.
 * @csspart error - The error state.
 *
 * @cssproperty --kl-color-accent - Selected tab and its indicator.
 * @cssproperty --kl-color-surface - Hovered tab and the principle block.
 * @cssproperty --kl-color-border - The line under the tabs.
 */
export class KlChallengeExplorer extends KlContentElement<'challenges' | 'challengesHeader' | 'principles'> {
  static override styles = [super.styles, explorerStyles];
  static override properties = {
    selected: { reflect: true },
    activation: {},
    syncHash: { type: Boolean, attribute: 'sync-hash' },
  };

  /** Id of the selected challenge; reflects the selection, and selects when set. Default the first. */
  declare selected: string | undefined;

  /** `auto`: arrow keys select as they move. `manual`: they only move focus; Enter or Space selects. */
  activation: 'auto' | 'manual' = 'auto';

  /** Keep the selected challenge in the URL hash (`#<id>`), and select from it on load and on `hashchange`. */
  syncHash = false;

  /** A hash read on connect (or when `sync-hash` is set), applied once the content's ids are known. */
  #pendingHash: string | undefined;
  /** Challenges rendered a batch per task, so 10,000 never block the page. */
  readonly #batches = new BatchController(this);

  constructor() {
    super([challengesBuiltIn, challengesHeaderBuiltIn, principlesBuiltIn], readChallengesMarkup);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.syncHash) this.#pendingHash = readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The challenges when the content is ready, else `undefined`. */
  get #challenges(): readonly Challenge[] | undefined {
    const state = this.contentState;
    return state.status === 'ready' ? state.content.challenges : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncHash') && this.syncHash) this.#pendingHash = readHash();
    const challenges = this.#challenges;
    if (!challenges?.length) return;
    const known = (id: string | undefined) => challenges.some((challenge) => challenge.id === id);
    if (this.#pendingHash !== undefined) {
      if (known(this.#pendingHash)) this.selected = this.#pendingHash;
      this.#pendingHash = undefined;
    }
    // Reflect what is shown: an unset or unknown `selected` means the first challenge.
    if (!known(this.selected)) this.selected = challenges[0]?.id;
  }

  #onHashChange = (): void => {
    if (!this.syncHash) return;
    const id = readHash();
    if (this.#challenges?.some((challenge) => challenge.id === id)) this.#choose(id);
  };

  /** A selection by the reader: reflect it, tell the page, and put it in the URL when asked to. */
  #choose(id: string): void {
    if (id === this.selected) return;
    this.selected = id;
    if (this.syncHash) writeHash(id);
    emit<KlSelectDetail>(this, 'kl-select', { id });
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const challenges = this.#challenges ?? [];
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const next = targetTab(event.key, tabs.indexOf(event.target as HTMLElement), tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    tabs[next]?.focus();
    const id = challenges[next]?.id;
    if (id !== undefined && this.activation !== 'manual') this.#choose(id);
  };

  protected override renderContent(
    { challenges: all, principles }: ExplorerContent,
    { document }: ReadyContent<ExplorerContent>,
  ) {
    const messages = explorerMessages(this);
    if (all.length === 0) {
      return html`<p class="explorer__empty" part="empty">${messages.explorer.empty}</p>`;
    }
    const level = this.level;
    // A batch per task; the selected challenge (a deep link may name the last) is rendered at once.
    const selected = all.findIndex((challenge) => challenge.id === this.selected);
    const inBatches = (render: (challenge: Challenge) => unknown) =>
      this.#batches.render(all, render, [this.selected, level, messages, principles], {
        key: document,
        atLeast: selected + 1,
      });
    const principleById = new Map(principles.map((principle) => [principle.id, principle]));
    const body = (challenge: Challenge) =>
      this.#renderBody(
        challenge,
        challenge.principle === undefined ? undefined : principleById.get(challenge.principle),
        level,
        messages,
      );
    return html`
      <div class="explorer__tabs" part="tabs">
        <div
          class="explorer__tablist"
          part="tablist"
          role="tablist"
          aria-label=${messages.explorer.tablistLabel}
          @keydown=${this.#onKeydown}
        >
          ${inBatches((challenge) => this.#renderTab(challenge))}
        </div>
        ${inBatches(
          (challenge) =>
            html`<div
              class="explorer__panel"
              part="panel"
              role="tabpanel"
              id="panel-${challenge.id}"
              aria-labelledby="tab-${challenge.id}"
              tabindex="0"
              ?hidden=${challenge.id !== this.selected}
            >
              ${body(challenge)}
            </div>`,
        )}
      </div>
      <div class="explorer__stacked" part="stacked">
        ${inBatches(
          (challenge) => html`<div class="explorer__section" part="section">${body(challenge)}</div>`,
        )}
      </div>
    `;
  }

  protected override headerOf(content: Pick<Content, 'challengesHeader'>) {
    return content.challengesHeader;
  }

  #renderTab(challenge: Challenge): TemplateResult {
    const selected = challenge.id === this.selected;
    return html`<button
      type="button"
      class="explorer__tab"
      part=${selected ? 'tab tab-selected' : 'tab'}
      role="tab"
      id="tab-${challenge.id}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${challenge.id}"
      tabindex=${selected ? '0' : '-1'}
      @click=${() => {
        this.#choose(challenge.id);
      }}
    >
      ${challenge.title}
    </button>`;
  }

  /** A challenge's content, the same in a tab panel and in the stacked layout. */
  #renderBody(
    challenge: Challenge,
    principle: Principle | undefined,
    level: HeadingLevel,
    messages: ExplorerMessages,
  ): TemplateResult {
    const text = messages.explorer;
    const sub = subLevel(level);
    return html`
      ${renderHeading(level, challenge.title, 'explorer__heading', 'heading')}
      <p class="explorer__description" part="description">${challenge.description}</p>
      ${renderHeading(sub, text.solution, 'explorer__subheading', 'subheading')}
      <p class="explorer__solution" part="solution">${challenge.solution}</p>
      ${
        principle
          ? html`<div class="explorer__principle" part="principle">
              ${renderHeading(sub, text.principle, 'explorer__subheading', 'subheading')}
              <p class="explorer__principle-title"><strong>${principle.title}</strong></p>
              <p class="explorer__principle-description">${principle.description}</p>
            </div>`
          : null
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kl-challenge-explorer': KlChallengeExplorer;
  }
  interface HTMLElementEventMap {
    'kl-select': CustomEvent<KlSelectDetail>;
  }
}
