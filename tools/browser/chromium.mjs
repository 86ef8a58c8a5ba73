// The one place that finds a browser for every test and benchmark. Nothing in this project downloads a
// browser: we use the system Chromium (Debian's `chromium` package), or whatever CHROME_PATH names.
import { existsSync } from 'node:fs';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Absolute path of the Chromium to drive; throws a clear message when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = KNOWN_PATHS.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
}

/**
 * Flags that keep the browser quiet and offline: no background services, no first-run UI, and a proxy
 * that goes nowhere so no request can leave the machine (localhost bypasses proxies).
 * Playwright adds --headless and --no-sandbox itself; we must not pass --disable-features (it would
 * replace Playwright's own list).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--proxy-server=127.0.0.1:9',
];

/** Launch options for `chromium.launch()` of playwright / playwright-core. */
export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS };
}
