export { CHROMIUM_ARGS, chromiumLaunchOptions, findChromium } from './browsers.mjs';
