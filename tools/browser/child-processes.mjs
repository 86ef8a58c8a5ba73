// Helper processes a test run starts (Xvfb, WebKitWebDriver, Firefox): each one is stopped by its own process id
// when the run is done, and also when the run dies early (an exception, Ctrl-C, a CI timeout's SIGTERM), and
// where Linux allows, by the kernel when the run is killed outright (SIGKILL: turbo stopping a task, `kill -9`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** util-linux's `setpriv`, on every Debian system; absent on macOS. */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

/**
 * `command` and `args` rewritten so that the kernel kills the process when this Node process dies, however
 * it dies: no exit handler runs after SIGKILL, and a Firefox left behind by a killed run kept a core busy
 * through the next one. `setpriv --pdeathsig KILL` sets the parent-death signal and then becomes the command
 * (exec: same process id, so stopping it by id still works). Unchanged where there is no setpriv.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @returns {[string, string[]]}
 */
export function tiedToThisProcess(command, args) {
  return SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', command, ...args]] : [command, [...args]];
}

/** Children still running, stopped by `stopAll` if the process exits before they are stopped in order. */
const running = new Set();

function stopAll() {
  for (const child of running) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  running.clear();
}

let guarded = false;

/**
 * 'exit' handlers run on a normal exit and after an uncaught exception; a signal ends Node without them,
 * so signals stop the children too, then let the signal take its course: re-raised when nobody else
 * listens (the default action, ending the process), left to the other listeners (Vitest's own) otherwise.
 */
function guardExit() {
  if (guarded) return;
  guarded = true;
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    const onSignal = () => {
      stopAll();
      process.off(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/**
 * For a library that starts the process itself (puppeteer's Firefox): the executable to give it and the
 * environment to add, which run `command` tied to this process as tiedToThisProcess does (tied.sh).
 *
 * @param {string} command
 * @returns {{ executablePath: string; env: Record<string, string> }}
 */
export function tiedLaunch(command) {
  if (!SETPRIV) return { executablePath: command, env: {} };
  return {
    executablePath: fileURLToPath(new URL('./tied.sh', import.meta.url)),
    env: { KL_SETPRIV: SETPRIV, KL_TIED_COMMAND: command },
  };
}

/**
 * Tracks a process another library started (puppeteer's Firefox), so it is stopped with ours if this
 * process exits or is signalled before that library could close it.
 */
export function trackChild(child) {
  if (!child || child.exitCode !== null) return;
  guardExit();
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/**
 * Starts `command` and tracks it until `stop()`. Its stderr is kept (the last few kB) so a failure to
 * start can say why.
 */
export function startChild(command, args, options = {}) {
  guardExit();
  const child = spawn(...tiedToThisProcess(command, args), {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...options,
  });
  running.add(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    // A command that cannot start (ENOENT) emits 'error' and never 'exit'.
    child.once('error', (error) => {
      running.delete(child);
      resolve({ code: null, signal: null, error });
    });
  });
  return {
    child,
    exited,
    stderr: () => stderr,
    /** Sends SIGTERM to this process id and waits for it to end (SIGKILL after `graceMs`). */
    async stop(graceMs = 5000) {
      if (!running.has(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
