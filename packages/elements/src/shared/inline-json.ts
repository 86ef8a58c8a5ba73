/** The first `<script type="application/json">` child, if the page wrote content inline. */
export function inlineJson(host: HTMLElement): string | undefined {
  for (const child of host.children) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
      return child.textContent;
    }
  }
  return undefined;
}
