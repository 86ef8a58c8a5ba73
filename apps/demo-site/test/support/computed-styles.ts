import type { Page } from 'playwright';
import type { WidgetTag } from './pages.js';

/** Properties a host theme must not be able to change inside a widget (layout-independent ones). */
export const GUARDED_PROPERTIES = [
  'font-size',
  'font-weight',
  'font-family',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'box-sizing',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-left-width',
  'appearance',
  'list-style-type',
  'float',
  'cursor',
] as const;

/** The headings, buttons and form controls of a widget: what a CMS theme typically restyles. */
const GUARDED_ELEMENTS =
  'h1, h2, h3, h4, h5, h6, button, [role="tab"], legend, label, input, select, progress, p, li';

/** One line per guarded element inside the first `tag` on the page: its part and its guarded styles. */
export function guardedStyles(page: Page, tag: WidgetTag): Promise<string[]> {
  return page.evaluate(
    ({ tag, selector, properties }) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) throw new Error(`<${tag}> has no shadow root`);
      return [...root.querySelectorAll(selector)].map((element) => {
        const style = getComputedStyle(element);
        const name = `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part') ?? ''}]` : ''}`;
        return `${name} ${properties.map((property) => `${property}:${style.getPropertyValue(property)}`).join('; ')}`;
      });
    },
    { tag, selector: GUARDED_ELEMENTS, properties: [...GUARDED_PROPERTIES] },
  );
}

/** The focus indicator of the element that really has focus (through shadow roots). */
export function focusIndicator(
  page: Page,
): Promise<{ outline: string; outlineWidth: number; boxShadow: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) throw new Error('nothing has focus');
    const style = getComputedStyle(active);
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
    };
  });
}
