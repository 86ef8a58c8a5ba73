/** The one place the CLI touches Node: files, standard streams and the environment. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { MAX_FILE_MEGABYTES, type ReadFailure, type WriteFailure } from './command.js';
import type { CliEnvironment } from './main.js';

/** What went wrong reading a file, from Node's error code. */
export function readFailureOf(error: unknown): ReadFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing', code };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'forbidden', code };
  if (code === 'EISDIR') return { kind: 'folder', code };
  return { kind: 'unreadable', code };
}

/** What went wrong writing a file, from Node's error code. */
export function writeFailureOf(error: unknown): WriteFailure {
  const { kind, code } = readFailureOf(error);
  return { kind: kind === 'unreadable' || kind === 'too-large' ? 'unwritable' : kind, code };
}

export function nodeEnvironment(): CliEnvironment {
  return {
    lang: process.env.LANG,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    async readText(path) {
      try {
        const info = await stat(path);
        if (info.isDirectory()) return { ok: false, failure: { kind: 'folder', code: 'EISDIR' } };
        if (info.size > MAX_FILE_MEGABYTES * 1024 * 1024) {
          return { ok: false, failure: { kind: 'too-large', code: 'EFBIG' } };
        }
        return { ok: true, text: await readFile(path, 'utf8') };
      } catch (error) {
        return { ok: false, failure: readFailureOf(error) };
      }
    },
    async writeText(path, text) {
      try {
        await writeFile(path, text, 'utf8');
        return { ok: true };
      } catch (error) {
        return { ok: false, failure: writeFailureOf(error) };
      }
    },
  };
}
