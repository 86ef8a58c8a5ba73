// A throwaway Verdaccio on 127.0.0.1: its own storage and password file in a temporary folder, no uplinks
// (it never talks to another registry), started as a child process and stopped by its PID.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const verdaccioBin = fileURLToPath(new URL('../node_modules/verdaccio/bin/verdaccio', import.meta.url));
const LOOPBACK = '127.0.0.1';

/** Refuses any registry that is not on this machine's loopback address: nothing may be published elsewhere. */
export function assertLocalRegistry(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' || hostname !== LOOPBACK) {
    throw new Error(
      `Refusing to use registry ${url}: the release test only publishes to http://${LOOPBACK}.`,
    );
  }
}

/** A port the OS says is free right now (Verdaccio cannot report the port it picked for `:0`). */
async function freePort() {
  const server = createServer();
  server.listen(0, LOOPBACK);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port.');
  return address.port;
}

function configYaml(folder) {
  return `storage: ${JSON.stringify(join(folder, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(folder, 'htpasswd'))}
    max_users: 10
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

// Generous: on a loaded CI machine Verdaccio's first start has taken over 30 s. This bounds a hang, it measures nothing.
const STARTUP_LIMIT_MS = 120_000;

async function waitUntilUp(url, child, output) {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(new URL('-/ping', url));
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Verdaccio did not answer on ${url} within ${STARTUP_LIMIT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts Verdaccio with storage under `folder`.
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void>, output: () => string }>}
 */
export async function startLocalRegistry(folder) {
  mkdirSync(folder, { recursive: true });
  const configFile = join(folder, 'config.yaml');
  writeFileSync(configFile, configYaml(folder));
  const port = await freePort();
  const url = `http://${LOOPBACK}:${port}/`;
  assertLocalRegistry(url);

  const child = spawn(
    process.execPath,
    [verdaccioBin, '--config', configFile, '--listen', `${LOOPBACK}:${port}`],
    {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const output = () => log;
  const pid = child.pid;
  if (pid === undefined) throw new Error('Verdaccio did not start.');

  async function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
    }, 5_000);
    await exited;
    clearTimeout(timer);
  }

  try {
    await waitUntilUp(url, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid, stop, output };
}

/** Creates a user through the CouchDB-style endpoint npm itself uses, and returns its auth token. */
export async function createUser(registryUrl, name) {
  assertLocalRegistry(registryUrl);
  const response = await fetch(new URL(`-/user/org.couchdb.user:${encodeURIComponent(name)}`, registryUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `pw-${name}-${process.pid}`, type: 'user', roles: [] }),
  });
  const body = await response.json();
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(`Creating user ${name} failed (${response.status}): ${JSON.stringify(body)}`);
  }
  return body.token;
}
