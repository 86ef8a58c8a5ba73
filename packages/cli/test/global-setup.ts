/**
 * Builds the CLI before the tests when its build is missing or older than its sources (they run the built
 * bin), and checks that the elements' script-tag build exists, since `snippet` reads its integrity.json.
 * `npm test` at the root builds everything first, and then nothing is rebuilt here: `test:package` packs
 * dist/ at the same time, and a rebuild under it made `npm pack` fail.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Vitest's module runner has no import.meta.resolve; require.resolve honours the same package exports.
const require = createRequire(import.meta.url);

export default function setup(): void {
  const packageRoot = fileURLToPath(new URL('..', import.meta.url));
  if (buildIsStale(packageRoot))
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: packageRoot, stdio: 'inherit' });
  const manifest = require.resolve('@ketahanan/elements/cdn/integrity.json');
  if (!existsSync(manifest)) {
    throw new Error(
      'packages/elements is not built (no dist/cdn/integrity.json): run `npm run build` first.',
    );
  }
}

/** Whether dist/bin.js is missing, or any source file changed after it was built. */
function buildIsStale(packageRoot: string): boolean {
  const built = join(packageRoot, 'dist', 'bin.js');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = readdirSync(join(packageRoot, 'src'), { recursive: true, withFileTypes: true });
  return sources.some(
    (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs > builtAt,
  );
}
