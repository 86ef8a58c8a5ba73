/**
 * The CLI tests run the built `dist/cli.js` and the schema test reads the built `schema.json`, so they need a
 * build of the current source. Under turbo the `build` task already made one; rebuilding then would rewrite
 * `dist` while other packages' tasks read it. So build only when the output is missing or older than a source
 * file (someone ran `npx vitest run` after an edit).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const OUTPUTS = ['dist/index.js', 'dist/cli.js', 'dist/build/write-json-schema.js', 'schema.json'];

function modified(path: string): number {
  try {
    return statSync(join(packageRoot, path)).mtimeMs;
  } catch {
    return Number.NaN; // Missing: compares false with everything, so it counts as stale.
  }
}

function newestSource(): number {
  const sources = readdirSync(join(packageRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join('src', file));
  return Math.max(...[...sources, 'package.json', 'tsconfig.build.json'].map(modified));
}

export default function setup(): void {
  const oldestOutput = Math.min(...OUTPUTS.map(modified));
  if (oldestOutput >= newestSource()) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: packageRoot, stdio: 'inherit' });
}
