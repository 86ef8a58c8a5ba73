/**
 * Checking a document without freezing the page: the model's parse in steps (`parseSectionsInSteps`),
 * run a slice of steps per task, so 10,000 items never hold the main thread in one long task. An ordinary
 * document is done within the first slice, so its content shows in the same update that read it.
 */

/**
 * Milliseconds of checking per task. Far under the 50 ms that make a long task, so input and painting
 * keep up; one step (a hundred items) past it is a few milliseconds more.
 */
const SLICE_MS = 30;

/**
 * Steps a check's first slice runs before it looks at the clock: the whole check of a document for the
 * widest element (four sections, up to a hundred items a list, then the references), so an ordinary
 * document shows in the first render whatever the machine's load. By the clock alone, the first check on
 * a busy phone (cold code, the page still loading) can pass the slice and flash the loading line.
 */
const FIRST_SLICE_STEPS = 12;

export type Checked<R> = { readonly result: R } | undefined;

/**
 * Runs `steps` until they end, or until this task has had its slice and `leastSteps` have run; `undefined`
 * when there are steps left.
 */
export function runSlice<R>(steps: Generator<void, R, void>, leastSteps = FIRST_SLICE_STEPS): Checked<R> {
  const until = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value };
    if (--leastSteps < 1 && performance.now() >= until) return undefined;
  }
}

/**
 * The rest of a check {@link runSlice} began: a slice a task, each in a `setTimeout` so input, painting
 * and the page's own scripts run between them. Resolves with the result, or with `undefined` as soon as
 * `cancelled()` says so (the source changed, the element left the page); no step runs after that.
 */
export async function finishInTasks<R>(
  steps: Generator<void, R, void>,
  cancelled: () => boolean,
): Promise<Checked<R>> {
  for (;;) {
    await new Promise((resume) => setTimeout(resume));
    if (cancelled()) return undefined;
    const slice = runSlice(steps, 0);
    if (slice) return slice;
  }
}
