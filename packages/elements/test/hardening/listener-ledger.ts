import { vi } from 'vitest';

type Call = [type: string, listener: unknown, options?: boolean | EventListenerOptions];

const captures = (options: boolean | EventListenerOptions | undefined): boolean =>
  typeof options === 'boolean' ? options : options?.capture === true;

/**
 * Counts the listeners added to `window` and `document` (and not removed) from now on, through spies that
 * still call the real methods. A widget that forgets to remove one on disconnect leaks itself through the
 * page's global objects, which outlive it.
 */
export function startListenerLedger(): { live(): string[] } {
  // The test runner gives `window` its own add/removeEventListener wrappers: spy on those as well as on
  // the prototype (a call may pass through both; the replay below counts each listener once).
  const owners = [EventTarget.prototype, window, document].filter(
    (owner) => owner === EventTarget.prototype || Object.hasOwn(owner, 'addEventListener'),
  );
  const spies = owners.flatMap((owner) => [
    { add: true, spy: vi.spyOn(owner, 'addEventListener') },
    { add: false, spy: vi.spyOn(owner, 'removeEventListener') },
  ]);
  const globalName = (target: unknown) =>
    target === window ? 'window' : target === document ? 'document' : undefined;
  return {
    live() {
      const open: { where: string; type: string; listener: unknown; capture: boolean }[] = [];
      // Replays adds and removes in the order they happened, as the browser applied them.
      const events = spies
        .flatMap(({ add, spy }) =>
          spy.mock.calls.map((call, index) => ({
            add,
            order: spy.mock.invocationCallOrder[index] ?? 0,
            target: spy.mock.contexts[index],
            call: call as Call,
          })),
        )
        .sort((a, b) => a.order - b.order);
      for (const { add, target, call } of events) {
        const where = globalName(target);
        const [type, listener, options] = call;
        if (!where || !listener) continue;
        const capture = captures(options);
        const index = open.findIndex(
          (entry) =>
            entry.where === where &&
            entry.type === type &&
            entry.listener === listener &&
            entry.capture === capture,
        );
        if (add && index < 0) open.push({ where, type, listener, capture });
        if (!add && index >= 0) open.splice(index, 1);
      }
      return open.map((entry) => `${entry.where}:${entry.type}`).sort();
    },
  };
}
