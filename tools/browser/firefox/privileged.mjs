// What a WebDriver BiDi client cannot ask Firefox for, asked of Firefox's own browser window instead:
// Firefox runs with `-remote-allow-system-access`, which lets BiDi evaluate script in its chrome (browser
// UI) context. From there a tab's BrowsingContext carries the same media overrides Firefox's devtools use
// for print simulation and the accessibility panel, and the parent process can ask content processes to
// collect garbage.

/** BiDi id of the browser window's chrome context. */
async function chromeContext(connection) {
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = result.contexts[0]?.context;
  if (!context)
    throw new Error('Firefox has no chrome context (was it started with -remote-allow-system-access?)');
  return context;
}

/** Evaluates `expression` (an async function's body) in the chrome context and returns its JSON result. */
async function evaluateInChrome(connection, body, args) {
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `async function (argsJson) { const args = JSON.parse(argsJson); ${body} }`,
    arguments: [{ type: 'string', value: JSON.stringify(args) }],
    target: { context: await chromeContext(connection) },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception')
    throw new Error(`Firefox chrome script failed: ${result.exceptionDetails.text}`);
  return result.result?.value;
}

/** Finds the tab showing `args.url` (the test page) as `bc`, its top BrowsingContext. */
const FIND_TAB = `
  const tab = gBrowser.browsers.find((browser) => browser.currentURI.spec === args.url);
  if (!tab) throw new Error('no tab shows ' + args.url);
  const bc = tab.browsingContext;
`;

/**
 * Sets (or, with `null`, clears) the CSS media type and media features the tab's documents see, iframes
 * included: `media` ('print' | 'screen'), `reducedMotion` ('reduce' | 'no-preference'), `forcedColors`
 * ('active' | 'none'), `colorScheme` ('light' | 'dark').
 */
export function emulateMedia(
  connection,
  url,
  { media = null, reducedMotion = null, forcedColors = null, colorScheme = null },
) {
  return evaluateInChrome(
    connection,
    `${FIND_TAB}
    bc.mediumOverride = args.media ?? '';
    bc.prefersReducedMotionOverride = args.reducedMotion ?? 'none';
    bc.forcedColorsOverride = args.forcedColors ?? 'none';
    bc.prefersColorSchemeOverride = args.colorScheme ?? 'none';
    return true;`,
    { url, media, reducedMotion, forcedColors, colorScheme },
  );
}

/**
 * Asks the tab's content process for a full garbage collection and a cycle collection (DOM nodes are
 * cycle-collected), twice, so that what the first pass released is collected by the second.
 */
export function collectGarbage(connection, url) {
  return evaluateInChrome(
    connection,
    `${FIND_TAB}
    const process = bc.currentWindowGlobal.domProcess;
    for (let pass = 0; pass < 2; pass++) {
      Services.obs.notifyObservers(null, 'child-gc-request');
      Services.obs.notifyObservers(null, 'child-cc-request');
    }
    return process.childID;`,
    { url },
  );
}
