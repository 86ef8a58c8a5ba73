/** Runs one of the PHP harnesses in test/php against the built plugin, with JSON in and JSON out. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BUILT_PLUGIN = fileURLToPath(new URL('../../dist/ketahanan-lokal', import.meta.url));

export function runPhp(harness: string, input: unknown): unknown {
  if (!existsSync(BUILT_PLUGIN)) throw new Error('dist/ketahanan-lokal is missing: run the build first.');
  const script = fileURLToPath(new URL(`../php/${harness}`, import.meta.url));
  const run = spawnSync('php', [script, BUILT_PLUGIN], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`php could not start (apt-get install php-cli): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`php ${harness} failed (${String(run.status)}): ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}
