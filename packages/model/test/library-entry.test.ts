/**
 * The library entry runs in browsers and workers: nothing it imports, directly or through other modules, may
 * be a Node built-in, and its only dependency is the validator. Checked on the source and on the build.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const IMPORT =
  /(?:^|[^.\w])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Every bare or `node:` specifier reachable from `entry` by following relative imports. */
function externalImports(
  entry: string,
  toFile: (relative: string, from: string) => string,
): Map<string, string> {
  const external = new Map<string, string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) pending.push(toFile(specifier, file));
      else external.set(specifier, file);
    }
  }
  expect(seen.size).toBeGreaterThan(10);
  return external;
}

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');

describe('the library entry', () => {
  it('imports no Node built-in and nothing but valibot, in the source', () => {
    const imports = externalImports(resolve(packageRoot, 'src/index.ts'), (relative, from) =>
      resolve(dirname(from), relative.replace(/\.js$/, '.ts')),
    );
    expect([...imports.keys()].filter(isBuiltin)).toEqual([]);
    expect([...imports.keys()]).toEqual(['valibot']);
  });

  it('imports no Node built-in and nothing but valibot, in the build', () => {
    const imports = externalImports(resolve(packageRoot, 'dist/index.js'), (relative, from) =>
      resolve(dirname(from), relative),
    );
    expect([...imports.keys()]).toEqual(['valibot']);
  });

  it('is what the CLI is not: the CLI does import Node (so the check above can see it)', () => {
    const imports = externalImports(resolve(packageRoot, 'src/cli.ts'), (relative, from) =>
      resolve(dirname(from), relative.replace(/\.js$/, '.ts')),
    );
    expect([...imports.keys()].some(isBuiltin)).toBe(true);
  });

  it("declares valibot, and the CSV entry's parser, as its only runtime dependencies", () => {
    const manifest = JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      sideEffects: boolean;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['papaparse', 'valibot']);
    expect(manifest.sideEffects).toBe(false);
  });
});

describe('the CSV entry (@ketahanan/model/csv)', () => {
  it('runs in browsers too, and is the only way to the CSV parser (so no widget bundles it)', () => {
    const imports = externalImports(resolve(packageRoot, 'dist/csv/index.js'), (relative, from) =>
      resolve(dirname(from), relative),
    );
    expect([...imports.keys()].filter(isBuiltin)).toEqual([]);
    expect([...imports.keys()].sort()).toEqual(['papaparse', 'valibot']);
  });
});
