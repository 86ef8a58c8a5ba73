/**
 * Structural checks on what a widget rendered: the proof that content stayed text (no markup it wrote
 * became elements) and that nothing sticks out of the widget's box.
 */

/** Every element under `root`, through nested open shadow roots. */
function* elementsIn(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const FOREIGN_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'frame', 'base', 'meta']);

const describe = (element: Element) =>
  `<${element.localName}${element.getAttribute('class') ? ` class="${element.getAttribute('class') ?? ''}"` : ''}>`;

/**
 * What should never be in a widget's shadow root: elements content could only have brought in as markup,
 * event-handler attributes, links and images with a scheme outside https/http/mailto/tel.
 */
export function unsafeMarkup(widget: Element): string[] {
  const found: string[] = [];
  const root = widget.shadowRoot;
  if (!root) return ['no shadow root'];
  for (const element of elementsIn(root)) {
    if (FOREIGN_TAGS.has(element.localName)) found.push(describe(element));
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${describe(element)} ${attribute.name}`);
    }
    if (
      element instanceof HTMLAnchorElement &&
      element.hasAttribute('href') &&
      !ALLOWED_SCHEMES.has(element.protocol)
    )
      found.push(`link to ${element.protocol} (href="${element.getAttribute('href') ?? ''}")`);
    if (element instanceof HTMLImageElement) {
      if (!element.classList.contains('card__logo')) found.push(describe(element));
      else if (!ALLOWED_SCHEMES.has(new URL(element.src).protocol)) found.push(`image from ${element.src}`);
    }
  }
  return found;
}

/**
 * Elements that reach outside the widget's box horizontally, and boxes whose content is wider than
 * they are. Hidden things (no box) and the 1px visually-hidden labels are skipped.
 */
export function horizontalOverflow(widget: HTMLElement): string[] {
  const found: string[] = [];
  const wrapper = widget.parentElement;
  const root = widget.shadowRoot;
  if (widget.scrollWidth > widget.clientWidth && contentOverflows(widget, widget, root))
    found.push(`host ${widget.scrollWidth} > ${widget.clientWidth}`);
  if (wrapper && wrapper.scrollWidth > wrapper.clientWidth && contentOverflows(wrapper, wrapper, root))
    found.push(`wrapper ${wrapper.scrollWidth} > ${wrapper.clientWidth}`);
  const box = widget.getBoundingClientRect();
  if (!root) return found;
  for (const element of elementsIn(root)) {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height === 0) continue;
    if (rect.left < box.left - 1 || rect.right > box.right + 1)
      found.push(
        `${describe(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    if (
      element.scrollWidth > element.clientWidth + 1 &&
      element.clientWidth > 0 &&
      contentOverflows(element, element, element.shadowRoot)
    )
      found.push(`${describe(element)} content ${element.scrollWidth} > ${element.clientWidth}`);
  }
  return found;
}

/** White space, and characters that draw nothing (bidi controls, joiners, soft hyphens). */
const INVISIBLE = /^[\s\p{Cf}]$/u;

/**
 * Confirms what `scrollWidth` reports for `box`: a child box or a visible character of `contents`
 * (searched through nested shadow roots) outside its padding box. `scrollWidth` also counts a space that
 * ends a line: Firefox does not let it hang when a bidi isolate control follows it (`ltr ⁧عزل⁩`), though
 * nothing is drawn there. Only called when `scrollWidth` already says the content is wider, so the
 * character walk stays rare.
 */
function contentOverflows(box: Element, ...contents: (ParentNode | null)[]): boolean {
  const rect = box.getBoundingClientRect();
  const left = rect.left + box.clientLeft - 1;
  const right = left + box.clientWidth + 2;
  const outside = (part: DOMRect) => part.width > 0 && (part.left < left || part.right > right);
  const range = document.createRange();
  for (const content of contents) {
    if (!content) continue;
    const elements = [...elementsIn(content)];
    for (const element of elements) {
      // An inline box is its text, which is checked below, character by character.
      if (getComputedStyle(element).display === 'inline') continue;
      const part = element.getBoundingClientRect();
      if (part.width > 1 && part.height > 0 && outside(part)) return true;
    }
    for (const parent of [content, ...elements]) {
      for (const node of parent.childNodes) {
        if (node instanceof Text && textOutside(node, range, outside)) return true;
      }
    }
  }
  return false;
}

/** Whether a character of `node` that draws something has a box `outside` says is out. */
function textOutside(node: Text, range: Range, outside: (part: DOMRect) => boolean): boolean {
  range.selectNodeContents(node);
  if (![...range.getClientRects()].some(outside)) return false;
  const text = node.data;
  for (let index = 0; index < text.length;) {
    const character = String.fromCodePoint(text.codePointAt(index) ?? 0);
    range.setStart(node, index);
    range.setEnd(node, index + character.length);
    if (!INVISIBLE.test(character) && [...range.getClientRects()].some(outside)) return true;
    index += character.length;
  }
  return false;
}
