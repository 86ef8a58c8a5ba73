// Kept for the scripts that import Chromium's launch options from here; browsers are found in browsers.mjs.
export { CHROMIUM_ARGS, chromiumLaunchOptions, findChromium } from './browsers.mjs';
