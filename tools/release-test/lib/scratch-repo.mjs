// A scratch copy of the repository to release from, so versioning and publishing never touch the real
// checkout. It holds the files git would put in a clone (tracked plus new, unignored ones), without the
// private apps and this test; node_modules is a farm of symlinks into the real install, except for our own
// packages, which point at the scratch copies so their builds see the bumped versions.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from './command.mjs';

// Never copied: the private apps, this test, and any node_modules (even a symlink git does not ignore).
const SKIPPED = /^(tools\/release-test\/|apps\/)|(^|\/)node_modules(\/|$)/;
const OUR_SCOPE = '@ketahanan';

async function filesGitWouldClone(repoRoot) {
  const out = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
  });
  return out
    .split('\0')
    .filter((file) => file !== '' && !SKIPPED.test(file))
    .filter((file) => existsSync(join(repoRoot, file))); // tracked but deleted in the working tree
}

function linkNodeModules(repoRoot, scratch, workspaces) {
  const source = join(repoRoot, 'node_modules');
  const target = join(scratch, 'node_modules');
  mkdirSync(join(target, OUR_SCOPE), { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry === OUR_SCOPE || entry === '.package-lock.json') continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
  for (const [name, folder] of workspaces) {
    symlinkSync(join(scratch, folder), join(target, name));
    // Dependencies npm could not hoist live in the package's own node_modules.
    const nested = join(repoRoot, folder, 'node_modules');
    if (existsSync(nested)) symlinkSync(nested, join(scratch, folder, 'node_modules'));
  }
}

/**
 * @param {string} repoRoot the real checkout
 * @param {string} scratch an empty folder
 * @param {Map<string, string>} workspaces package name -> folder relative to the root, e.g. packages/model
 */
export async function createScratchRepo(repoRoot, scratch, workspaces) {
  for (const file of await filesGitWouldClone(repoRoot)) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(scratch, file));
  }
  linkNodeModules(repoRoot, scratch, workspaces);
}
