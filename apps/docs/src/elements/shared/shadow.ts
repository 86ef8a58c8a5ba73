import { expect, waitFor } from 'storybook/test';

interface UpdatingElement extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly locale?: string;
}

/** Tags of Lit elements (ours, and the docs' own), which have `updateComplete`. */
export type LitTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends UpdatingElement ? K : never;
}[keyof HTMLElementTagNameMap];

/** The first `tag` in the story, once upgraded and rendered, and its shadow root. */
export async function renderedElement<K extends LitTag>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<{ host: HTMLElementTagNameMap[K]; root: ShadowRoot }> {
  await customElements.whenDefined(tag);
  const host = await waitFor(() => {
    const found = canvasElement.querySelector(tag);
    if (!found?.shadowRoot) throw new Error(`<${tag}> is not rendered yet`);
    return found;
  });
  await host.updateComplete;
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${tag}> has no shadow root`);
  return { host, root };
}

/** The element speaks the language chosen in the toolbar (it inherits `lang` from the story frame). */
export async function expectToolbarLocale(
  host: UpdatingElement,
  globals: Record<string, unknown>,
): Promise<void> {
  await expect(host.locale).toBe(globals['locale'] === 'en' ? 'en' : 'id');
}

/** The element's error state (`role="alert"`), once it appears; `src` failures arrive asynchronously. */
export async function errorAlert(root: ShadowRoot): Promise<HTMLElement> {
  return waitFor(
    () => {
      const alert = root.querySelector<HTMLElement>('[role="alert"]');
      if (!alert) throw new Error('no error alert yet');
      return alert;
    },
    { timeout: 5000 },
  );
}
