// A minimal static file server on 127.0.0.1 for the consumer app and the script-tag pages: each URL prefix
// maps to one folder, nothing outside those folders can be reached.
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function fileFor(mounts, pathname) {
  for (const [prefix, folder] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    const file = join(folder, relative);
    if (relative.startsWith('..') || !file.startsWith(folder + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
    if (info?.isDirectory()) return join(file, 'index.html');
  }
  return undefined;
}

/**
 * @param {Array<[string, string]>} mounts URL prefix (ending in `/`) -> absolute folder, longest prefix first
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(mounts) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    fileFor(mounts, pathname)
      .then(async (file) => {
        if (!file) throw Object.assign(new Error('not found'), { status: 404 });
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      })
      .catch((error) => {
        response.writeHead(error.status ?? 404, { 'content-type': 'text/plain' });
        response.end('not found');
      });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
