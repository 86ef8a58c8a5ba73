/** Parses snippet HTML the way a browser parses a pasted page (DOMParser runs no scripts). */
export function parseSnippet(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
