// The dependency-range policy of the published packages (written out in packages/elements/README.md,
// "Dependencies"), checked over every workspace so that a new dependency cannot slip past it:
//   - another @ketahanan/* package: its exact current version (the packages are released in lockstep);
//   - a third-party runtime dependency (dependencies, peerDependencies, optionalDependencies): a caret
//     range whose floor is the version package-lock.json installs, so apps can share one copy (one Lit on
//     the page) and never get an older version than the one our tests ran against;
//   - a devDependency, in any workspace and at the root: an exact version (our own builds stay repeatable).
// Private apps may take runtime ranges as they like: nobody installs them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNTIME_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];
const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const CARET = /^\^(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/**
 * What breaks the policy in one manifest, one sentence each.
 * @param {{ name?: string, private?: boolean } & Record<string, unknown>} manifest the package.json
 * @param {{ where: string, siblings: ReadonlyMap<string, string>, locked: (name: string) => string | undefined }} context
 *   `siblings`: the workspace packages' names and versions; `locked`: the version package-lock.json installs.
 * @returns {string[]}
 */
export function dependencyPolicyProblems(manifest, { where, siblings, locked }) {
  const problems = [];
  const entries = (field) => Object.entries(/** @type {Record<string, string>} */ (manifest[field] ?? {}));
  for (const [name, spec] of entries('devDependencies')) {
    const sibling = siblings.get(name);
    if (sibling !== undefined ? spec !== sibling : !EXACT.test(spec))
      problems.push(`${where}: devDependencies.${name} is "${spec}"; pin it to an exact version.`);
  }
  if (manifest.private === true) return problems;
  for (const field of RUNTIME_FIELDS) {
    for (const [name, spec] of entries(field)) {
      const sibling = siblings.get(name);
      if (sibling !== undefined) {
        if (spec !== sibling)
          problems.push(
            `${where}: ${field}.${name} is "${spec}"; a @ketahanan package takes its siblings at their exact version "${sibling}" (they are released together).`,
          );
        continue;
      }
      const floor = CARET.exec(spec)?.[1];
      const tested = locked(name);
      if (floor === undefined || floor !== tested)
        problems.push(
          `${where}: ${field}.${name} is "${spec}"; a published package takes a third-party runtime dependency as a caret range from the version its tests run with ("^${tested ?? 'x.y.z'}"), so that apps can share one copy.`,
        );
    }
  }
  return problems;
}

/** Every workspace manifest with its path, the root's own manifest first. */
function workspaces(root) {
  const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
  const found = [{ where: 'package.json', manifest: read('package.json') }];
  for (const folder of ['packages', 'apps']) {
    for (const entry of readdirSync(new URL(`${folder}/`, root), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}/package.json`;
      if (entry.isDirectory() && existsSync(new URL(path, root)))
        found.push({ where: path, manifest: read(path) });
    }
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));
  const all = workspaces(root);
  const siblings = new Map(
    all.flatMap(({ manifest }) =>
      manifest.name?.startsWith('@ketahanan/') ? [[manifest.name, manifest.version]] : [],
    ),
  );
  const locked = (name) => lock.packages?.[`node_modules/${name}`]?.version;
  const problems = all.flatMap(({ where, manifest }) =>
    dependencyPolicyProblems(manifest, { where, siblings, locked }),
  );
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`Dependency ranges follow the policy in ${String(all.length)} manifests.`);
}
