import type { Page } from 'playwright';

/** The element that really has focus, looking through shadow roots (document.activeElement stops at hosts). */
export function focusedDescription(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      tag: active?.localName ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      id: active?.id ?? '',
    };
  });
}
