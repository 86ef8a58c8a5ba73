// Serves a built app (its Vite `dist/`) on a free port of 127.0.0.1, as a static host would.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export interface AppServer {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

export async function serveApp(distDir: URL): Promise<AppServer> {
  const dir = fileURLToPath(distDir);
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`${dir}index.html is missing: build the app first (npm run build, or turbo runs it).`);
  }
  const serve = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
