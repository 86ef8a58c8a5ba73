import type { Plugin } from 'vite';

/**
 * Test-only endpoints on the Vitest browser server, for content loaded through `src`:
 *   /__kl/json?body=<url-encoded JSON>   200 with that body; `&delay=<ms>` answers that much later
 *   /__kl/status/<code>                  that status, empty body
 *   /__kl/html                           200 with an HTML page (a CMS error page served as success)
 *   /__kl/typed?type=<t>&body=<b>        200 with that body and `Content-Type: <t>` (none without `type`);
 *                                        `&hold=1` sends the headers and the start of the body, never the end
 *   /__kl/hang                           never answers (until the client gives up)
 *   /__kl/big?mb=<n>                     200 with n MB of JSON-looking text
 *   /__kl/partners?count=<n>             200 with a document of n generated partners
 *   /__kl/redirect?to=<url>              302 to that URL (another origin, for the cross-origin tests)
 *   /__kl/watch?id=<id>                  never answers, and remembers whether the client hung up
 *   /__kl/watched?id=<id>                `{"state":"none"|"open"|"aborted"}` for that watched request
 *   /__kl/logo.svg?<anything>            200 with a small SVG image (a logo that loads)
 *
 * The page is served from one origin (say http://localhost:63315); the same server reached as
 * http://127.0.0.1:63315 is another origin. No route sends CORS headers unless the URL says `cors=1`.
 */
export function contentServer(): Plugin {
  /** State of each /__kl/watch request, by the id the test gave it. */
  const watched = new Map<string, 'open' | 'aborted'>();
  return {
    name: 'kl-content-server',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith('/__kl/')) {
          next();
          return;
        }
        const route = url.pathname.slice('/__kl/'.length);
        const json = (body: string) => {
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(body);
        };
        // Vite's own CORS middleware may have allowed loopback origins already: only `cors=1` opts in.
        if (url.searchParams.get('cors') === '1') response.setHeader('access-control-allow-origin', '*');
        else response.removeHeader('access-control-allow-origin');
        if (route === 'json') {
          const body = url.searchParams.get('body') ?? '{}';
          const delay = Number(url.searchParams.get('delay') ?? '0');
          if (delay > 0)
            setTimeout(() => {
              json(body);
            }, delay);
          else json(body);
        } else if (route.startsWith('status/')) {
          response.statusCode = Number(route.slice('status/'.length)) || 500;
          response.end();
        } else if (route === 'html') {
          response.setHeader('content-type', 'text/html');
          response.end('<!doctype html><title>Error</title><h1>Halaman tidak ditemukan</h1>');
        } else if (route === 'typed') {
          const type = url.searchParams.get('type');
          if (type !== null) response.setHeader('content-type', type);
          const body = url.searchParams.get('body') ?? '{}';
          if (url.searchParams.get('hold') === '1') response.write(body.slice(0, 1));
          else response.end(body);
        } else if (route === 'hang') {
          request.on('close', () => response.end());
        } else if (route === 'big') {
          const megabytes = Number(url.searchParams.get('mb') ?? '10');
          response.setHeader('content-type', 'application/json');
          const chunk = `"${'x'.repeat(1024 * 1024 - 3)}",`;
          response.write('[');
          for (let i = 0; i < megabytes; i++) response.write(chunk);
          response.end('0]');
        } else if (route === 'redirect') {
          response.statusCode = 302;
          response.setHeader('location', url.searchParams.get('to') ?? '/');
          response.end();
        } else if (route === 'watch') {
          const id = url.searchParams.get('id') ?? '';
          watched.set(id, 'open');
          // Never answered: any close is the client giving up (an aborted fetch closes the connection).
          response.on('close', () => watched.set(id, 'aborted'));
        } else if (route === 'watched') {
          json(JSON.stringify({ state: watched.get(url.searchParams.get('id') ?? '') ?? 'none' }));
        } else if (route === 'logo.svg') {
          response.setHeader('content-type', 'image/svg+xml');
          response.end(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
          );
        } else if (route === 'partners') {
          const count = Number(url.searchParams.get('count') ?? '1000');
          json(JSON.stringify(generatedPartners(count)));
        } else {
          response.statusCode = 404;
          response.end();
        }
      });
    },
  };
}

const SECTORS = ['pemerintah', 'swasta', 'masyarakat-sipil', 'komunitas-lokal'] as const;
const AREAS = ['Kabupaten Sukamaju', 'Kota Lestari', 'Desa Mekar'] as const;

/** A site owner's document with `count` partners spread over the four sectors and three areas. */
export function generatedPartners(count: number): { partners: unknown[] } {
  return {
    partners: Array.from({ length: count }, (_, index) => ({
      id: `mitra-${index + 1}`,
      name: `Mitra ${index + 1}`,
      sector: SECTORS[index % SECTORS.length],
      area: AREAS[index % AREAS.length],
      contributions: ['teknis'],
    })),
  };
}
