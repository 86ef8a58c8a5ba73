// WebKitGTK for tests: an X server of its own (Xvfb on a free display) and WebKitWebDriver on a free
// loopback port, which starts MiniBrowser in that display for each WebDriver session.
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { WINDOW_SIZE, findWebKit } from './browsers.mjs';
import { startChild } from './child-processes.mjs';

/** A port nobody listens on right now (the kernel's choice for port 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb with `-displayfd`, so the server itself picks a free display number and reports it once it
 * accepts connections: no guessing at lock files, no race with another run on the same machine.
 */
async function startXvfb(xvfb) {
  const { width, height } = WINDOW_SIZE;
  const server = startChild(
    xvfb,
    ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const displayPipe = server.child.stdio[3];
  const display = await new Promise((resolve, reject) => {
    let text = '';
    displayPipe.setEncoding('utf8');
    displayPipe.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    void server.exited.then(({ code, error }) => {
      reject(
        new Error(
          `Xvfb stopped before it was ready (${error?.message ?? `exit ${code}`}): ${server.stderr()}`,
        ),
      );
    });
  });
  displayPipe.destroy();
  return { display, stop: () => server.stop() };
}

/** Resolves once the driver answers its status endpoint; fails as soon as the driver exits. */
async function driverReady(driver, url) {
  let stopped = false;
  void driver.exited.then(() => (stopped = true));
  // Up to a minute on a busy machine; each attempt waits at most 200 ms.
  for (let attempt = 0; attempt < 300; attempt++) {
    if (stopped) throw new Error(`WebKitWebDriver stopped before it was ready: ${driver.stderr()}`);
    try {
      const response = await fetch(`${url}/status`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(200);
  }
  throw new Error(`WebKitWebDriver did not answer on ${url}: ${driver.stderr()}`);
}

/**
 * Pages painted without OpenGL compositing. Xvfb has no GPU, so WebKit composited through Mesa's software
 * rasterizer, and in full CI runs the page process crashed now and then (the kernel log: segfaults in
 * `swrast_dri.so` on WebKit's compositor thread and in libwebkit2gtk), which Vitest reports as "Browser
 * connection was closed while running tests" for whichever file was running. Nothing the tests check
 * depends on compositing (layout, focus, events and hit testing are the same), and the run is no slower.
 * MiniBrowser and its page processes inherit the driver's environment.
 */
const NO_GL_COMPOSITING = { WEBKIT_DISABLE_COMPOSITING_MODE: '1' };

/**
 * Starts Xvfb and WebKitWebDriver. Returns where the driver listens, the MiniBrowser it should launch,
 * and `stop()`, which ends both by their process ids (they are also ended if this process exits first).
 */
export async function startWebKitDriver() {
  const webkit = findWebKit();
  const xvfb = await startXvfb(webkit.xvfb);
  try {
    const port = await freePort();
    const driver = startChild(webkit.driver, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: xvfb.display, ...NO_GL_COMPOSITING },
    });
    const hostname = '127.0.0.1';
    try {
      await driverReady(driver, `http://${hostname}:${port}`);
    } catch (error) {
      await driver.stop();
      throw error;
    }
    return {
      hostname,
      port,
      browser: webkit.browser,
      display: xvfb.display,
      async stop() {
        await driver.stop();
        await xvfb.stop();
      },
    };
  } catch (error) {
    await xvfb.stop();
    throw error;
  }
}
