import { expect } from 'storybook/test';
import type { Example } from './example.js';
import { errorAlert, renderedElement, type LitTag } from './shadow.js';

/**
 * A content URL that can never load: Chromium refuses port 9 ("discard") before opening any connection, so
 * the element's network-error state shows at once and no request leaves the machine. The static-build test
 * allows exactly this URL's "Failed to load resource" console line.
 */
export const UNREACHABLE_SRC = 'http://127.0.0.1:9/konten.json';

/**
 * The same situation for every element that loads content: `src` at {@link UNREACHABLE_SRC} must end in the
 * element's localized alert, never a blank widget.
 */
export function unreachableSrcExample<Args extends { src?: string }>(tag: LitTag): Example<Args> {
  return {
    description:
      '`src` points at a server that does not answer: a localized alert instead of a blank widget.',
    args: { src: UNREACHABLE_SRC } as Partial<Args>,
    play: async ({ canvasElement }) => {
      const { root } = await renderedElement(canvasElement, tag);
      await expect(await errorAlert(root)).toBeVisible();
    },
  };
}
