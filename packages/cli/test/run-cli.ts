import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The committed executable npm links (it loads dist/bin.js), as a user runs it.
export const bin = fileURLToPath(new URL('../bin/ketahanan.js', import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `ketahanan` bin as a user would, with a neutral LANG unless one is given. */
export function runKetahanan(args: readonly string[], options: { cwd?: string; lang?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: options.lang ?? 'C.UTF-8' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
