/**
 * Builds the CLI before the tests (they run the built bin), and checks that the elements' script-tag build
 * exists, since `snippet` reads its integrity.json. `npm test` at the root builds everything first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Vitest's module runner has no import.meta.resolve; require.resolve honours the same package exports.
const require = createRequire(import.meta.url);

export default function setup(): void {
  const packageRoot = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: packageRoot, stdio: 'inherit' });
  const manifest = require.resolve('@ketahanan/elements/cdn/integrity.json');
  if (!existsSync(manifest)) {
    throw new Error(
      'packages/elements is not built (no dist/cdn/integrity.json): run `npm run build` first.',
    );
  }
}
