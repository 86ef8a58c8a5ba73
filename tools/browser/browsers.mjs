// The one place that finds a browser for every test and benchmark. Nothing in this project downloads a
// browser: we drive the system's own (Debian: `chromium`, `firefox-esr`, `webkit2gtk-driver` + `xvfb`),
// or whatever the environment variables below name. Each finder reads its variable first, then known paths,
// and throws a message that says what to install when nothing is there.
import { existsSync, readdirSync } from 'node:fs';

/**
 * Absolute path of the first existing candidate: the environment variable when it is set (and then only
 * it: a wrong value is an error, not a reason to pick another browser), otherwise the known paths.
 */
function findExecutable({ variable, knownPaths, what, install }) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to "${fromEnv}", but no file is there.`);
  }
  const found = knownPaths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No ${what} found. Install one (${install}) or set ${variable} to its executable.`);
}

/** `/usr/lib/<multiarch>/<relative>` for every multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, …). */
function inMultiarchLibs(relative) {
  if (!existsSync('/usr/lib')) return [];
  return readdirSync('/usr/lib')
    .filter((name) => name.endsWith('-linux-gnu'))
    .map((name) => `/usr/lib/${name}/${relative}`);
}

/** Chromium (or Chrome): `CHROME_PATH`, then the usual install paths. */
export function findChromium() {
  return findExecutable({
    variable: 'CHROME_PATH',
    knownPaths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/google-chrome',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    what: 'Chromium',
    install: 'Debian: `apt-get install -y chromium`',
  });
}

/** Firefox (ESR or release; driven through WebDriver BiDi, so no geckodriver): `FIREFOX_PATH` first. */
export function findFirefox() {
  return findExecutable({
    variable: 'FIREFOX_PATH',
    knownPaths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    what: 'Firefox',
    install: 'Debian: `apt-get install -y firefox-esr`',
  });
}

/**
 * WebKitGTK's WebDriver and the browser it drives: `WEBKIT_DRIVER_PATH` and `MINIBROWSER_PATH` first.
 * MiniBrowser ships in `libwebkit2gtk-4.1-0` (beside the library, not on PATH) and has no headless mode,
 * so it runs in Xvfb (`XVFB_PATH`).
 */
export function findWebKit() {
  const install = 'Debian: `apt-get install -y webkit2gtk-driver xvfb`';
  return {
    driver: findExecutable({
      variable: 'WEBKIT_DRIVER_PATH',
      knownPaths: ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'],
      what: 'WebKitWebDriver',
      install,
    }),
    browser: findExecutable({
      variable: 'MINIBROWSER_PATH',
      knownPaths: [
        ...inMultiarchLibs('webkit2gtk-4.1/MiniBrowser'),
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ],
      what: 'WebKitGTK MiniBrowser',
      install,
    }),
    xvfb: findExecutable({ variable: 'XVFB_PATH', knownPaths: ['/usr/bin/Xvfb'], what: 'Xvfb', install }),
  };
}

/**
 * Flags that keep Chromium quiet and offline: no background services, no first-run UI, and a proxy
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

/**
 * Firefox preferences on top of the test profile puppeteer writes (which already turns off updates,
 * telemetry, safe browsing and first-run pages): the same dead-end proxy as Chromium's for every scheme,
 * and no background connections of its own.
 */
export const FIREFOX_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  // Loopback never goes through a proxy (the default), so the test server stays reachable.
  'network.proxy.allow_hijacking_localhost': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.ping-centre.telemetry': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
};

/** Window size for Firefox and MiniBrowser: room for Vitest's largest test viewport at scale 1. */
export const WINDOW_SIZE = { width: 1280, height: 1200 };
