// The demo site's HTTP server (sirv over dist/), shared by `npm start` (through the package export
// `@ketahanan/demo-site/server`) and the e2e tests.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** The policy csp.html is served with: no inline script or style, no eval, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

const CSP_PAGES = new Set(['/csp.html']);

/**
 * Starts serving dist/ on `host:port` (port 0 picks a free one). Resolves to the server and its base URL.
 * @param {{ host?: string, port?: number }} [options]
 */
export async function startSiteServer({ host = '127.0.0.1', port = 0 } = {}) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const serve = sirv(dist, {
    dev: false,
    etag: true,
    setHeaders(response, pathname) {
      if (CSP_PAGES.has(pathname)) response.setHeader('Content-Security-Policy', STRICT_CSP);
      // Same-origin here, but the snippet asks for CORS mode (for SRI on a CDN), so answer like a CDN does.
      if (pathname.startsWith('/npm/')) response.setHeader('Access-Control-Allow-Origin', '*');
    },
  });
  const server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}` };
}

/** Stops the server and drops kept-alive connections, so tests end promptly. */
export function stopSiteServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}
