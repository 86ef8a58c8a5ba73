import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from '../define.js';
import { VERSION } from '../version.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('defineElement, when the script is included twice or beside another version', () => {
  it('defines a new tag', () => {
    class First extends HTMLElement {}
    defineElement('kl-test-define-new', First);
    expect(customElements.get('kl-test-define-new')).toBe(First);
  });

  it('does not throw or warn when the same copy defines the tag again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class Same extends HTMLElement {}
    defineElement('kl-test-define-same', Same);
    expect(() => {
      defineElement('kl-test-define-same', Same);
    }).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the first definition and names both versions when another version arrives', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class Older extends HTMLElement {
      static readonly version = '0.0.9';
    }
    class Newer extends HTMLElement {}
    customElements.define('kl-test-define-other', Older);
    expect(() => {
      defineElement('kl-test-define-other', Newer);
    }).not.toThrow();
    expect(customElements.get('kl-test-define-other')).toBe(Older);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('0.0.9');
    expect(String(warn.mock.calls[0]?.[0])).toContain(VERSION);
    expect(String(warn.mock.calls[0]?.[0])).toContain('KL101');
  });
});
