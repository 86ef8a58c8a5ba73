// @ts-check
// The demo site's HTTP server, shared by `npm start` (through the package export
// `@ketahanan/demo-site/server`), the e2e tests and the bench's Lighthouse run. It answers like a CDN:
// the brotli or gzip copy the build wrote when Accept-Encoding allows it (sirv), `Vary: Accept-Encoding`,
// year-long immutable caching for versioned package files, and revalidation (ETag) for everything else.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** The policy csp.html is served with: no inline script or style, no eval, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

const CSP_PAGES = new Set(['/csp.html']);

/** `/npm/<package>@<version>/…`, the jsDelivr layout: a version's bytes never change. */
const VERSIONED = /^\/npm\/(?:@[^/]+\/)?[^/@]+@[^/]+\//;

/** What jsDelivr sends for a pinned version. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unversioned assets may change with any deploy: the browser keeps them but asks (ETag) each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** @param {string} pathname */
export function cacheControl(pathname) {
  return VERSIONED.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/**
 * Starts serving dist/ on `host:port` (port 0 picks a free one). Resolves to the server and its base URL.
 * @param {{ host?: string, port?: number }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export async function startSiteServer({ host = '127.0.0.1', port = 0 } = {}) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const serve = sirv(dist, {
    dev: false,
    etag: true,
    // Serve the build's `.br` / `.gz` copies (scripts/precompress.mjs) to browsers that accept them.
    brotli: true,
    gzip: true,
    setHeaders(response, pathname) {
      if (CSP_PAGES.has(pathname)) response.setHeader('Content-Security-Policy', STRICT_CSP);
      // Same-origin here, but the snippet asks for CORS mode (for SRI on a CDN), so answer like a CDN does.
      if (pathname.startsWith('/npm/')) response.setHeader('Access-Control-Allow-Origin', '*');
    },
  });
  const server = createServer((request, response) => {
    // Set before sirv answers, so a 304 (which sirv sends before its own headers) carries them too.
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.setHeader('Cache-Control', cacheControl(pathname));
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}` };
}

/**
 * Stops the server and drops kept-alive connections, so tests end promptly.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function stopSiteServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}
