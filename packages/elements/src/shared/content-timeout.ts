/** How long an element waits for `src` when the page says nothing usable. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The longest wait: 2^31 − 1 ms (about 24.8 days), the longest delay every engine's timers keep
 * (`setTimeout` fires at once past it, and `AbortSignal.timeout()` throws past 2^53 − 1).
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The one rule for `timeout`, read from the attribute and again where it is used (a property set from
 * script skips the attribute's converter): a number of milliseconds is rounded and kept at most
 * {@link MAX_TIMEOUT_MS} (`1e20` and `Infinity` give the longest wait); anything under 1 ms or not a
 * number (`soon`, empty, `NaN`, `-5`) gives {@link DEFAULT_TIMEOUT_MS}. So no value can make the download
 * throw and leave the widget loading.
 */
export function contentTimeout(value: unknown): number {
  // Text counts as a number only when it has a digit: `Number('')` would be 0, `Number('Infinity')` infinite.
  const ms = Math.round(typeof value === 'number' || /\d/.test(String(value)) ? Number(value) : NaN);
  // NaN fails the comparison.
  return ms >= 1 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}
