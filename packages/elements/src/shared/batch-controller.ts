import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Items the first update renders unless the element asks for more: enough to fill a screen, so the first
 * items show at once, and few enough that the first task stays short on a slow phone (a partner card costs
 * about 0.13 ms of desktop CPU with its style and layout, four times that under Lighthouse's mobile preset).
 */
const FIRST_BATCH = 48;
/** The fewest items a later task adds, whatever the measured cost per item. */
const BATCH = 48;
/**
 * Script time each later task aims at. Style and layout of the new items follow in the same task and cost
 * about as much again, so a task stays far under a long task (50 ms), while a 1,000-item list needs a handful
 * of tasks rather than twenty: every task also restyles and lays out the list, so fewer is faster.
 */
const TASK_BUDGET_MS = 12;
/** The most items one task adds, whatever the measurement said (a timer on a busy machine can mislead). */
const MAX_BATCH = 1000;
/** What {@link BatchController.render} rendered for one list: the items' templates, made once each. */
interface RenderedList {
  items: readonly unknown[];
  deps: readonly unknown[];
  templates: unknown[];
}

/** Optional parts of a {@link BatchController.render} call. */
export interface RenderOptions {
  /** Items that share one growing count (see {@link BatchController.take}); default the items. */
  key?: unknown;
  /** Render at least this many at once (e.g. up to the selected item). */
  atLeast?: number;
}

/**
 * Renders a long list a batch per task, so 10,000 items never block the page in one long task: the first
 * update renders the first {@link FIRST_BATCH} items (or the element's `first`), and each later task (a `setTimeout`, so input and
 * painting run between them) as many more as the last batch's cost per item says fit in
 * {@link TASK_BUDGET_MS} (at least {@link BATCH}), until all are there. The count starts again when the
 * content changes (its `key`), and is kept across re-renders of the same content (a language switch
 * re-labels the items already there).
 */
export class BatchController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #key: unknown;
  /** Items the first update of each list renders. */
  readonly #first: number;
  #limit: number;
  /** Whether this update left items out; read once the update is done. */
  #more = false;
  #growing: ReturnType<typeof setTimeout> | undefined;
  /** Items the next task adds, sized by what the last batch cost (at least {@link BATCH}). */
  #batch = BATCH;
  /** When the current growing update started, and how many items it starts from. */
  #growth: { start: number; from: number } | undefined;
  /** One entry per `render` call of an update, in call order (an element calls it in the same order). */
  readonly #lists: RenderedList[] = [];
  #calls = 0;

  /** `first`: items the first update renders (default {@link FIRST_BATCH}), for items much cheaper than a card. */
  constructor(host: ReactiveControllerHost & HTMLElement, first = FIRST_BATCH) {
    this.#host = host;
    this.#first = first;
    this.#limit = first;
    host.addController(this);
  }

  /**
   * The first items of `items` to render in this update. Lists taken with the same `key` in one update
   * share one count. `atLeast` renders that many at once (an item that must show now, e.g. the selected one).
   */
  take<T>(items: readonly T[], key: unknown = items, atLeast = 0): readonly T[] {
    if (key !== this.#key) {
      this.#key = key;
      this.#limit = this.#first;
      this.#batch = BATCH;
      // The first batch is timed like the later ones, so the second is already sized by what one item costs:
      // 100 items then take two tasks, not three (each task also restyles and lays out the whole list).
      this.#growth = { start: performance.now(), from: 0 };
    }
    this.#limit = Math.max(this.#limit, atLeast);
    if (items.length <= this.#limit) return items;
    this.#more = true;
    return items.slice(0, this.#limit);
  }

  /**
   * {@link take}s `items` and renders each with `renderItem`, once: an item's template is made again only
   * when `items` or one of `deps` changes, so a batch costs its new items, while Lit's comparison of the
   * unchanged templates before them finds nothing to do. `renderItem` must read nothing else that changes
   * (an element that shows a per-item state, like an open answer, changes the made item itself) and must
   * not return `null` or `undefined`, which count as not made yet.
   */
  render<T>(
    items: readonly T[],
    renderItem: (item: T, index: number) => unknown,
    deps: readonly unknown[] = [],
    { key = items, atLeast = 0 }: RenderOptions = {},
  ): readonly unknown[] {
    const count = this.take(items, key, atLeast).length;
    let list = this.#lists[this.#calls++];
    if (list?.items !== items || list.deps.some((dep, index) => dep !== deps[index])) {
      list = { items, deps, templates: [] };
      this.#lists[this.#calls - 1] = list;
    }
    const { templates } = list;
    for (let index = 0; index < count; index++) {
      templates[index] ??= renderItem(items[index] as T, index);
    }
    return templates.length > count ? templates.slice(0, count) : templates;
  }

  hostUpdate(): void {
    this.#calls = 0;
  }

  hostUpdated(): void {
    const more = this.#more;
    this.#more = false;
    this.#sizeNextBatch();
    if (!more || this.#growing || !this.#host.isConnected) return;
    this.#growing = setTimeout(() => {
      this.#growing = undefined;
      this.#growth = { start: performance.now(), from: this.#limit };
      this.#limit += this.#batch;
      this.#host.requestUpdate();
    });
  }

  /** Sizes the next batch from the cost per item of the update that just grew the list. */
  #sizeNextBatch(): void {
    const growth = this.#growth;
    this.#growth = undefined;
    const added = this.#limit - (growth?.from ?? this.#limit);
    if (!growth || added <= 0) return;
    const perItem = Math.max(performance.now() - growth.start, 1) / added;
    this.#batch = Math.min(MAX_BATCH, Math.max(BATCH, Math.floor(TASK_BUDGET_MS / perItem)));
  }

  // A re-insert re-renders (the content controller re-reads its sources), and the growth resumes there.
  hostDisconnected(): void {
    clearTimeout(this.#growing);
    this.#growing = undefined;
  }
}
