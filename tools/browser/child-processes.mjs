// Helper processes a test run starts (Xvfb, WebKitWebDriver, Firefox): each one is stopped by its own process id
// when the run is done, and also when the run dies early (an exception, Ctrl-C, a CI timeout's SIGTERM).
import { spawn } from 'node:child_process';

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
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
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
