// `php -l` on every PHP file of the plugin and its test harnesses: a syntax error must fail lint, not a site.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const files = ['plugin', 'test']
  .flatMap((folder) =>
    readdirSync(join(appDir, folder), { recursive: true }).map((file) => join(folder, String(file))),
  )
  .filter((file) => file.endsWith('.php'));

let failed = 0;
for (const file of files) {
  const run = spawnSync('php', ['-l', '-d', 'display_errors=stderr', join(appDir, file)], {
    encoding: 'utf8',
  });
  if (run.error) {
    console.error(`lint-php: php is not installed (apt-get install -y php-cli): ${run.error.message}`);
    process.exit(2);
  }
  if (run.status !== 0) {
    failed++;
    console.error(`${file}: ${run.stderr.trim() || run.stdout.trim()}`);
  }
}
console.log(`lint-php: ${String(files.length - failed)} of ${String(files.length)} PHP files parse`);
process.exit(failed === 0 ? 0 : 1);
