// Types for what the browser tests use beyond the DOM: Vite's `?inline` CSS imports (the hostile-page
// fixture) and the Playwright provider's additions to `vitest/browser` (`cdp().send`, click options).
/// <reference types="vite/client" />
/// <reference types="@vitest/browser-playwright" />
