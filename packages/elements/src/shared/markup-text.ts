/**
 * Reading text back out of an element's light-DOM fallback markup (what a page writes inside the tag for
 * readers without JavaScript, and what becomes the element's content when it upgrades).
 */

/** Text as a reader sees it: runs of whitespace (the markup's indentation, line breaks) become one space. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * An element's text without its leading bold label ("Solusi:"), which is there for readers without
 * JavaScript; the element shows its own localized label instead.
 */
export function withoutLabel(element: Element): string {
  const text = squash(element.textContent);
  const label = element.firstElementChild;
  if (!label || !['strong', 'b'].includes(label.localName)) return text;
  const labelText = squash(label.textContent);
  return labelText && text.startsWith(labelText) ? text.slice(labelText.length).trim() : text;
}
