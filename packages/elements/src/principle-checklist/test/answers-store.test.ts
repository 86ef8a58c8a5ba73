import { describe, expect, it } from 'vitest';
import {
  AnswersStore,
  STORAGE_PREFIX,
  decodeAnswers,
  encodeAnswers,
  storageKeyFor,
} from '../answers-store.js';

/** A Storage that throws on every call, like Safari's private mode of old or a full quota. */
class BrokenStorage implements Storage {
  readonly length = 0;
  clear(): void {
    throw new DOMException('no', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('no', 'SecurityError');
  }
  key(): string | null {
    return null;
  }
  removeItem(): void {
    throw new DOMException('no', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

describe('storageKeyFor', () => {
  it('is namespaced and versioned, and derived from the page path by default', () => {
    expect(storageKeyFor('/kemitraan/')).toBe(`${STORAGE_PREFIX}path:/kemitraan/`);
    expect(STORAGE_PREFIX).toMatch(/^kl-principle-checklist:v\d+:$/);
  });

  it('uses storage-key when given, apart from any path', () => {
    expect(storageKeyFor('/a', 'desa-mekar')).toBe(`${STORAGE_PREFIX}key:desa-mekar`);
    expect(storageKeyFor('/a', '  ')).toBe(storageKeyFor('/a'));
    expect(storageKeyFor('/x', 'k')).toBe(storageKeyFor('/y', 'k'));
  });
});

describe('decodeAnswers', () => {
  it('reads back what encodeAnswers wrote', () => {
    expect(decodeAnswers(encodeAnswers(['visi-bersama', 'fleksibilitas']))).toEqual([
      'visi-bersama',
      'fleksibilitas',
    ]);
  });

  it.each([
    ['broken JSON', '{"checked":['],
    ['another shape', '["visi-bersama"]'],
    ['not a list', '{"checked":"visi-bersama"}'],
    ['a non-id', '{"checked":["<script>"]}'],
    ['a number', '{"checked":[1]}'],
    ['null', 'null'],
  ])('discards %s', (_, text) => {
    expect(decodeAnswers(text)).toBeUndefined();
  });

  it('drops duplicates', () => {
    expect(decodeAnswers('{"checked":["a","a","b"]}')).toEqual(['a', 'b']);
  });
});

describe('AnswersStore', () => {
  it('falls back to memory when storage throws, and says it is not persistent', () => {
    const store = new AnswersStore('k1', new BrokenStorage());
    expect(store.load()).toEqual([]);
    store.save(['visi-bersama']);
    expect(store.persistent).toBe(false);
    expect(store.load()).toEqual(['visi-bersama']);
    expect(new AnswersStore('k1', new BrokenStorage()).load(), 'a re-created element on the page').toEqual([
      'visi-bersama',
    ]);
  });

  it('only hears storage events about its own key in its own storage', () => {
    const store = new AnswersStore(`${STORAGE_PREFIX}unit`, localStorage);
    const event = (init: StorageEventInit) =>
      new StorageEvent('storage', { storageArea: localStorage, ...init });
    expect(store.fromStorageEvent(event({ key: 'other', newValue: encodeAnswers(['a']) }))).toBeUndefined();
    expect(store.fromStorageEvent(event({ key: store.key, newValue: encodeAnswers(['a']) }))).toEqual(['a']);
    expect(store.fromStorageEvent(event({ key: store.key, newValue: null }))).toEqual([]);
    expect(store.fromStorageEvent(event({ key: null }))).toEqual([]);
    expect(store.fromStorageEvent(event({ key: store.key, newValue: '{oops' }))).toBeUndefined();
    expect(
      store.fromStorageEvent(new StorageEvent('storage', { key: store.key, storageArea: sessionStorage })),
    ).toBeUndefined();
  });
});
