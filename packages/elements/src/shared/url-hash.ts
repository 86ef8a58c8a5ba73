/** The URL fragment without `#`, decoded; `''` when there is none or it is malformed (`#%E0%A4%A`). */
export function readHash(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

/**
 * Puts `id` in the URL fragment without scrolling, without a history entry per tab switch and without
 * firing `hashchange` (which would bounce back into the element): `history.replaceState` does all three.
 * Browsers limit how often a page may call it (WebKit: 100 times in 10 s, then a SecurityError), so an
 * unchanged fragment is not written again, and a refused write only leaves the address as it was: the
 * fragment is a convenience, never worth an exception in the host page.
 */
export function writeHash(id: string): void {
  const url = new URL(location.href);
  url.hash = encodeURIComponent(id);
  if (url.href === location.href) return;
  try {
    history.replaceState(history.state, '', url);
  } catch {
    // Rate-limited (SecurityError): the selection still shows; only the address lags behind.
  }
}
