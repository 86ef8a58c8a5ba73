/** `signal`, also aborted once `ms` have passed; `timedOut()` tells which of the two aborted it. */
export interface TimeoutSignal {
  readonly signal: AbortSignal;
  readonly timedOut: () => boolean;
}

/**
 * `AbortSignal.any([signal, AbortSignal.timeout(ms)])`, or the same from a controller and a timer in
 * browsers without `AbortSignal.any()` (Chrome < 116, Firefox < 124, Safari < 17.4), where calling it
 * would throw and leave the widget loading forever.
 */
export function withTimeout(signal: AbortSignal, ms: number): TimeoutSignal {
  if ('any' in AbortSignal && 'timeout' in AbortSignal) {
    const timeout = AbortSignal.timeout(ms);
    return { signal: AbortSignal.any([signal, timeout]), timedOut: () => timeout.aborted };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      // setTimeout fires at once past 2^31 - 1 ms; AbortSignal.timeout() does not.
    },
    Math.min(ms, 2 ** 31 - 1),
  );
  const abort = () => {
    clearTimeout(timer);
    controller.abort(signal.reason);
  };
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return { signal: controller.signal, timedOut: () => timedOut };
}
