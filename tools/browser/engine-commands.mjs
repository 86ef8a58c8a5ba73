// Browser commands the tests call through `commands` from 'vitest/browser', the same in every engine,
// each implemented with what that engine's driver offers. A command answers `false` where the engine's
// driver has no way to do it, and the test helper then does what the README's "Browser support" section
// describes instead.

/**
 * Media type and features for the test page (`null` clears one): `media` ('print' | 'screen'),
 * `reducedMotion` ('reduce' | 'no-preference'), `forcedColors` ('active' | 'none'), `colorScheme`.
 * Chromium: Playwright's emulateMedia. Firefox: the tab's media overrides (firefox/privileged.mjs).
 * WebKitGTK: its WebDriver has no emulation command, so `false`.
 */
async function emulateMedia(context, settings) {
  const { provider } = context;
  if (provider.name === 'playwright') {
    await context.page.emulateMedia({
      media: settings.media ?? null,
      reducedMotion: settings.reducedMotion ?? null,
      forcedColors: settings.forcedColors ?? null,
      colorScheme: settings.colorScheme ?? null,
    });
    return true;
  }
  if (typeof provider.emulateMedia === 'function') {
    await provider.emulateMedia(context.sessionId, settings);
    return true;
  }
  return false;
}

/**
 * A full garbage collection in the test page's process. Chromium: the DevTools protocol. Firefox: a
 * GC and CC request to the content process. WebKitGTK: no driver command, so `false` (the page can only
 * make the collector run by allocating).
 */
async function collectGarbage(context) {
  const { provider } = context;
  if (provider.name === 'playwright') {
    const session = await context.page.context().newCDPSession(context.page);
    try {
      await session.send('HeapProfiler.collectGarbage');
    } finally {
      await session.detach();
    }
    return true;
  }
  if (typeof provider.collectGarbage === 'function') {
    await provider.collectGarbage(context.sessionId);
    return true;
  }
  return false;
}

export const engineCommands = { emulateMedia, collectGarbage };
