import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { KlErrorDetail } from '../src/shared/content-controller.js';
import { cleanupFixtures } from './fixture.js';

/**
 * For a test file about content that cannot be used: silences the expected KL201 console warnings,
 * records the detail of every `kl-error`, removes fixtures after each test, and fails any test that let an
 * uncaught error reach the host page. Call once at the top level of the file.
 */
export function watchContentFailures(): { readonly failures: readonly KlErrorDetail[] } {
  const watched = { failures: [] as KlErrorDetail[] };
  let errors: ErrorEvent[] = [];
  const recordError = (event: ErrorEvent) => {
    errors.push(event);
  };
  const recordFailure = (event: CustomEvent<KlErrorDetail>) => {
    watched.failures.push(event.detail);
  };

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    errors = [];
    watched.failures = [];
    window.addEventListener('error', recordError);
    document.body.addEventListener('kl-error', recordFailure);
  });

  afterEach(() => {
    cleanupFixtures();
    window.removeEventListener('error', recordError);
    document.body.removeEventListener('kl-error', recordFailure);
    vi.restoreAllMocks();
    expect(errors, 'uncaught errors on the page').toEqual([]);
  });

  return watched;
}
