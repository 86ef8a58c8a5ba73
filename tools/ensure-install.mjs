// The README promises that `npm start` and `npm test` work on a fresh clone with no other step,
// so both first make sure the workspace's dependencies are installed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const installed = existsSync(new URL('../node_modules/.bin/turbo', import.meta.url));

if (!installed) {
  console.log('node_modules is missing: running `npm ci` once…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
