/**
 * Builds the demo site from the current @ketahanan/elements build and serves it on a free port of
 * 127.0.0.1 for the whole run; the tests read the address with `inject('baseUrl')`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startSiteServer, stopSiteServer } from '../scripts/server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [build], { stdio: 'inherit' });
  const { server, url } = await startSiteServer();
  project.provide('baseUrl', url);
  return () => stopSiteServer(server);
}
