// Type-checks test-types/svelte with svelte-check and holds its errors to the fixture's
// `<!-- expect-error: why -->` comments: the line after each comment must have an error, and no other line
// may. Svelte markup has no `@ts-expect-error`, so a negative type test needs this much.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const fixtureDir = 'test-types/svelte';
const svelteCheck = createRequire(import.meta.url).resolve('svelte-check/bin/svelte-check');

/** `file:line` of every line that must fail: the one after each expect-error comment. */
function expectedErrors() {
  const expected = new Map();
  for (const file of readdirSync(`${packageDir}${fixtureDir}`).filter((name) => name.endsWith('.svelte'))) {
    const lines = readFileSync(`${packageDir}${fixtureDir}/${file}`, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const reason = /<!--\s*expect-error:\s*(.*?)\s*-->/.exec(line)?.[1];
      if (reason) expected.set(`${fixtureDir}/${file}:${index + 2}`, reason);
    });
  }
  return expected;
}

/** svelte-check's errors as `file:line message`, keyed by `file:line`. */
function actualErrors() {
  let output;
  try {
    output = execFileSync(
      process.execPath,
      [svelteCheck, '--tsconfig', `${fixtureDir}/tsconfig.json`, '--output', 'machine'],
      { cwd: packageDir, encoding: 'utf8' },
    );
  } catch (error) {
    // svelte-check exits 1 when it finds errors, which this fixture must have.
    output = String(error.stdout ?? '');
  }
  const errors = new Map();
  for (const match of output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)) {
    errors.set(`${match[1]}:${match[2]}`, match[3]);
  }
  if (!/COMPLETED/.test(output)) throw new Error(`svelte-check did not complete:\n${output}`);
  return errors;
}

const expected = expectedErrors();
const actual = actualErrors();
const problems = [
  ...[...expected]
    .filter(([where]) => !actual.has(where))
    .map(([where, why]) => `${where}: no error, but ${why}`),
  ...[...actual]
    .filter(([where]) => !expected.has(where))
    .map(([where, message]) => `${where}: unexpected error: ${message}`),
];
if (problems.length > 0) {
  console.error(`check-svelte-types:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `check-svelte-types: ${expected.size} expected errors found, the rest of ${fixtureDir} type-checks.`,
);
