import fc from 'fast-check';

/** Long generated strings shortened, so a failure report stays readable (the seed reproduces the full value). */
function readable(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    typeof field === 'string' && field.length > 120
      ? `${field.slice(0, 60)}… (${String(field.length)} characters)`
      : field,
  );
}

/**
 * A failure seen elsewhere (a CI log), replayed exactly: `VITE_FUZZ_SEED=<seed> VITE_FUZZ_PATH=<path>
 * npx vitest run --project <engine> <file> -t <test>`. Vite hands only `VITE_`-prefixed variables to the page.
 */
function replay(): fc.Parameters<unknown> {
  const seed = Number(import.meta.env.VITE_FUZZ_SEED);
  if (!Number.isInteger(seed)) return {};
  const path = String(import.meta.env.VITE_FUZZ_PATH ?? '');
  return { seed, ...(path ? { path, endOnFailure: true } : {}) };
}

/**
 * Runs a browser property a bounded number of times (two cores, real layout and axe per run) and fails
 * with the seed, the shrunk counterexample (long strings shortened), the command that replays it and the
 * first error as the cause.
 */
export async function assertProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, ...replay() });
  if (!details.failed) return;
  const cause = details.errorInstance;
  const path = details.counterexamplePath ?? '';
  throw new Error(
    `Property failed after ${String(details.numRuns)} runs (seed ${String(details.seed)}, path "${path}"; ` +
      `replay with VITE_FUZZ_SEED=${String(details.seed)} VITE_FUZZ_PATH=${path})\n` +
      `Counterexample: ${readable(details.counterexample)}\n${cause instanceof Error ? cause.message : String(cause)}`,
    { cause },
  );
}
