// `npm start`, after `turbo run build`: serves the built Storybook, the demo site and the content studio on
// localhost and prints their addresses. Ports: PORT_DOCS (default 6006), PORT_DEMO (default 8080) and
// PORT_STUDIO (default 6007).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
// The demo site's own server, through its package's public entry: it sends the strict CSP of csp.html and
// the CDN-like CORS headers its pages are tested with, so the site behaves here as in its end-to-end tests.
import { startSiteServer } from '@ketahanan/demo-site/server';

const HOST = '127.0.0.1';

function portFrom(variable, fallback) {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${variable}="${raw}" is not a port number (0–65535).`);
    process.exit(1);
  }
  return port;
}

/** Serves a plain static site: the built Storybook, or the studio (which runs wholly in the browser). */
async function serveStatic(root, port) {
  const handler = sirv(root, { etag: true, dev: false });
  const server = createServer((request, response) => {
    handler(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('Not found');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  });
  return { server, url: `http://${HOST}:${server.address().port}` };
}

const sites = [
  {
    name: 'Storybook (docs)',
    dir: 'apps/docs/storybook-static',
    variable: 'PORT_DOCS',
    port: portFrom('PORT_DOCS', 6006),
    start: serveStatic,
  },
  {
    name: 'Demo site',
    dir: 'apps/demo-site/dist',
    variable: 'PORT_DEMO',
    port: portFrom('PORT_DEMO', 8080),
    start: (_root, port) => startSiteServer({ host: HOST, port }),
  },
  {
    name: 'Content studio',
    dir: 'apps/studio/dist',
    variable: 'PORT_STUDIO',
    port: portFrom('PORT_STUDIO', 6007),
    start: serveStatic,
  },
];

async function start({ name, dir, variable, port, start: serve }) {
  const root = fileURLToPath(new URL(`../${dir}`, import.meta.url));
  if (!existsSync(root)) throw new Error(`${name}: ${dir} does not exist. Run \`npm run build\` first.`);
  try {
    const { server, url } = await serve(root, port);
    return { name, server, url: `${url}/` };
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      throw new Error(`${name}: port ${port} is in use. Choose another with ${variable}=…`, { cause: error });
    }
    throw error;
  }
}

const results = await Promise.allSettled(sites.map(start));
const running = results.filter((result) => result.status === 'fulfilled').map((result) => result.value);
const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason);

function stop(code) {
  let open = running.length;
  if (open === 0) process.exit(code);
  for (const { server } of running) {
    server.close(() => {
      open -= 1;
      if (open === 0) process.exit(code);
    });
    // Browsers keep connections alive; without this, close() would wait for them.
    server.closeAllConnections();
  }
}

if (failures.length > 0) {
  for (const failure of failures) console.error(failure instanceof Error ? failure.message : String(failure));
  stop(1);
} else {
  for (const { name, url } of running) console.log(`${name.padEnd(18)} ${url}`);
  console.log('Press Ctrl+C to stop.');
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
}
