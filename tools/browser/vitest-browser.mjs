// Shared Vitest browser-mode settings: every package's browser tests run in the system Chromium
// through Playwright, headless, with the same flags.
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

/** The `test.browser` block for a package's vitest config. */
export function browserTestConfig() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' }],
    screenshotFailures: false,
  };
}
