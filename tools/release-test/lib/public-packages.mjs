// The packages a release publishes: every non-private workspace under packages/, in dependency order (a
// package comes after the workspace packages it depends on), so they can be built one after another.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {Map<string, string>} package name -> folder relative to the repository root */
export function publicPackages(repoRoot) {
  const found = new Map();
  for (const entry of readdirSync(join(repoRoot, 'packages'))) {
    const file = join(repoRoot, 'packages', entry, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (!pkg.private)
      found.set(pkg.name, { folder: `packages/${entry}`, deps: Object.keys(pkg.dependencies ?? {}) });
  }
  const ordered = new Map();
  const visit = (name, trail = []) => {
    if (ordered.has(name)) return;
    if (trail.includes(name)) throw new Error(`Workspace dependency cycle: ${[...trail, name].join(' -> ')}`);
    const info = found.get(name);
    for (const dep of info.deps) if (found.has(dep)) visit(dep, [...trail, name]);
    ordered.set(name, info.folder);
  };
  for (const name of [...found.keys()].sort()) visit(name);
  return ordered;
}
