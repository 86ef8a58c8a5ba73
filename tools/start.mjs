// `npm start`, after `turbo run build`: serves the built Storybook and the demo site on localhost and
// prints both addresses. Ports: PORT_DOCS (default 6006) and PORT_DEMO (default 8080).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const HOST = '127.0.0.1';

const sites = [
  {
    name: 'Storybook (docs)',
    dir: 'apps/docs/storybook-static',
    variable: 'PORT_DOCS',
    port: portFrom('PORT_DOCS', 6006),
  },
  { name: 'Demo site', dir: 'apps/demo-site/dist', variable: 'PORT_DEMO', port: portFrom('PORT_DEMO', 8080) },
];

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

function serve({ name, dir, variable, port }) {
  const root = fileURLToPath(new URL(`../${dir}`, import.meta.url));
  if (!existsSync(root)) {
    return Promise.reject(new Error(`${name}: ${dir} does not exist. Run \`npm run build\` first.`));
  }
  const handler = sirv(root, { etag: true, dev: false });
  const server = createServer((request, response) => {
    handler(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${name}: port ${port} is in use. Choose another with ${variable}=…`)
          : error,
      );
    });
    server.listen(port, HOST, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ name, server, url: `http://${HOST}:${actualPort}/` });
    });
  });
}

const results = await Promise.allSettled(sites.map(serve));
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
