import { afterEach, beforeEach, expect, vi } from 'vitest';
import { cleanupFixtures } from '../fixture.js';
import { removePlaced } from './widgets.js';

/**
 * Per test: `<html lang="id">`, console warnings recorded (and kept off the test output), and a failure
 * for any uncaught error or unhandled rejection on the page: a widget must never throw into its host.
 */
export function guardPage(): { readonly warnings: string[] } {
  const warnings: string[] = [];
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  beforeEach(() => {
    document.documentElement.lang = 'id';
    warnings.length = 0;
    errors.length = 0;
    vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => {
      warnings.push(parts.map(String).join(' '));
    });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    cleanupFixtures();
    removePlaced();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    vi.restoreAllMocks();
    expect(errors, 'uncaught errors on the page').toEqual([]);
  });
  return { warnings };
}
