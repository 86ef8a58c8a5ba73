// Types for what the browser tests use beyond the DOM: Vite's `?inline` CSS imports (the hostile-page
// fixture), the Playwright provider's additions to `vitest/browser` (`cdp().send`, click options), and
// our own browser commands (tools/browser/engine-commands.mjs), the same in every engine.
/// <reference types="vite/client" />
/// <reference types="@vitest/browser-playwright" />

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Media type and features for the page (`{}` clears them); `false` where the engine cannot emulate. */
    emulateMedia: (settings: {
      media?: 'print' | 'screen';
      reducedMotion?: 'reduce' | 'no-preference';
      forcedColors?: 'active' | 'none';
    }) => Promise<boolean>;
    /** A full garbage collection in the page's process; `false` where the driver cannot ask for one. */
    collectGarbage: () => Promise<boolean>;
  }
}

export {};
