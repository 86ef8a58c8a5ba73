// A helper process a test run starts dies with the run even when the run is killed outright (SIGKILL),
// which no exit handler survives: the kernel's parent-death signal, set by `setpriv` (child-processes.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const helpers = new URL('./child-processes.mjs', import.meta.url).href;

/** A run in miniature: starts one `sleep` through startChild and one plainly, prints both ids, waits. */
const RUN = `
  import { spawn } from 'node:child_process';
  const { startChild } = await import(${JSON.stringify(helpers)});
  const tied = startChild('sleep', ['300']).child;
  const plain = spawn('sleep', ['300'], { stdio: 'ignore' });
  console.log(JSON.stringify({ tied: tied.pid, plain: plain.pid }));
  setInterval(() => {}, 1000);
`;

/** Whether `pid` still runs (a zombie nobody has reaped yet has ended). */
function running(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

test(
  'a process started by startChild ends when the run is killed with SIGKILL; a plain child does not',
  { skip: !existsSync('/proc') && 'needs Linux (/proc and setpriv)' },
  async () => {
    const run = spawn(process.execPath, ['--input-type=module', '-e', RUN], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = await once(run.stdout, 'data');
    const { tied, plain } = JSON.parse(String(line));
    try {
      assert.ok(running(tied) && running(plain), 'both children started');
      run.kill('SIGKILL');
      for (let waited = 0; waited < 5000 && running(tied); waited += 50) await delay(50);
      assert.equal(running(tied), false, 'the tied child ended with the run');
      assert.equal(running(plain), true, 'a plain child outlives a killed run (what the tie prevents)');
    } finally {
      for (const pid of [tied, plain]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  },
);
