/**
 * Checking a large document without freezing the page: the model's parse in steps (`parseSectionsInSteps`)
 * run a slice of steps per task, so 10,000 items never hold the main thread in one long task. Ordinary
 * documents are checked at once, as before, so their content shows in the same update that read it.
 */
import type { Section } from '@ketahanan/model';

/**
 * Items, summed over the sections an element reads, above which a document is checked across tasks.
 * Checking this many takes a few tens of milliseconds on a phone: below it, one task is harmless and the
 * content shows at once.
 */
export const ITEMS_CHECKED_AT_ONCE = 1_000;

/**
 * Milliseconds of checking per task. Far under the 50 ms that make a long task, so input and painting
 * keep up; one step (a hundred items) past it is a few milliseconds more.
 */
const SLICE_MS = 30;

/** How many items the document's sections (those in `sections`) hold; anything odd counts as none. */
export function itemCount(document: unknown, sections: readonly Section[]): number {
  if (typeof document !== 'object' || document === null) return 0;
  let count = 0;
  try {
    for (const { name } of sections) {
      const value: unknown = (document as Record<string, unknown>)[name];
      if (Array.isArray(value)) count += value.length;
    }
  } catch {
    // A hostile getter: the parse itself reports that document, at once.
    return 0;
  }
  return count;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the browser run other tasks (input, painting, the page's own scripts) before going on:
 * `scheduler.yield()` where there is one (it resumes ahead of other queued work), else a message to
 * ourselves, which unlike `setTimeout` is never clamped to 4 ms when repeated.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Runs `steps` until they end or this task has had its slice; `undefined` when there are steps left. */
export function runSlice<R>(steps: Generator<void, R, void>): { readonly result: R } | undefined {
  const until = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value };
    if (performance.now() >= until) return undefined;
  }
}

/**
 * The rest of a check that {@link runSlice} began, a slice a task from the next task on. `done` resolves
 * with the result once the last step has run, or with `undefined` once {@link cancel}led (the source
 * changed, the element left the page), after which no step runs again.
 */
export class SteppedCheck<R> {
  readonly done: Promise<{ readonly result: R } | undefined>;
  #cancelled = false;

  constructor(steps: Generator<void, R, void>) {
    this.done = this.#continue(steps);
  }

  async #continue(steps: Generator<void, R, void>): Promise<{ readonly result: R } | undefined> {
    for (;;) {
      await nextTask();
      if (this.#cancelled) return undefined;
      const slice = runSlice(steps);
      if (slice) return slice;
    }
  }

  cancel(): void {
    this.#cancelled = true;
  }
}
