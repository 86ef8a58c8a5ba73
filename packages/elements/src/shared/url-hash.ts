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
 */
export function writeHash(id: string): void {
  const url = new URL(location.href);
  url.hash = encodeURIComponent(id);
  history.replaceState(history.state, '', url);
}
