/**
 * The explorer's `sync-hash` writes the selection into the address. Browsers rate-limit
 * `history.replaceState()` (WebKit throws a SecurityError after 100 calls in 10 seconds), so a visitor
 * flicking through tabs must never see that exception reach the host page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHash, writeHash } from '../url-hash.js';

const startUrl = location.href;

afterEach(() => {
  vi.restoreAllMocks();
  if (location.href !== startUrl) history.replaceState(null, '', startUrl);
});

describe('writeHash()', () => {
  it('puts the id in the fragment, readable again with readHash()', () => {
    writeHash('tata kelola');
    expect(location.hash).toBe('#tata%20kelola');
    expect(readHash()).toBe('tata kelola');
  });

  it('does not call replaceState() again for the fragment the address already has', () => {
    writeHash('banjir');
    const replace = vi.spyOn(history, 'replaceState');
    writeHash('banjir');
    expect(replace).not.toHaveBeenCalled();
  });

  it('leaves the address as it was, without throwing, when the browser refuses the write', () => {
    vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
    });
    expect(() => {
      writeHash('kekeringan');
    }).not.toThrow();
    expect(readHash()).not.toBe('kekeringan');
  });
});
