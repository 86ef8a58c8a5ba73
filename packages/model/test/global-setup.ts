/**
 * Builds the package (tsc, then schema.json) before the tests, so the CLI child-process tests and the
 * schema.json test always run the current source, also when someone runs `npx vitest run` by hand.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const packageRoot = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: packageRoot, stdio: 'inherit' });
}
