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
 * Runs a browser property a bounded number of times (two cores, real layout and axe per run) and fails
 * with the seed, the shrunk counterexample (long strings shortened) and the first error as the cause.
 */
export async function assertProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns });
  if (!details.failed) return;
  const cause = details.errorInstance;
  throw new Error(
    `Property failed after ${String(details.numRuns)} runs (seed ${String(details.seed)}, path "${details.counterexamplePath ?? ''}")\n` +
      `Counterexample: ${readable(details.counterexample)}\n${cause instanceof Error ? cause.message : String(cause)}`,
    { cause },
  );
}
