// Runs the repository's own turbo (node_modules/turbo) with telemetry off, whoever runs it: a fresh clone,
// CI, or a contributor whose shell does not set TURBO_TELEMETRY_DISABLED. Every root script that calls
// turbo goes through here (`npm start`, `npm test`, `npm run build`, `npm run bench`, …), so none of them
// prints Turborepo's telemetry notice or sends anything. Arguments are passed to turbo unchanged.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
const result = spawnSync(process.execPath, [turbo, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
});
if (result.error) {
  console.error(`Could not run turbo: ${result.error.message}`);
  process.exit(1);
}
// A signal (Ctrl+C) ends us the same way it ended turbo.
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 1);
