/**
 * Where a checklist keeps its answers: `localStorage` when the browser lets us, else memory for as long as
 * the page is open. Storage is someone else's shared space (private mode, a full quota, a blocked
 * third-party frame, another script's junk under our key), so every read is validated and every call is
 * guarded: storage trouble degrades to memory and never reaches the reader as an error.
 */
import { ID_PATTERN } from '@ketahanan/model';

/** The namespace and shape version of stored answers; a new shape gets a new version so old data is ignored. */
export const STORAGE_PREFIX = 'kl-principle-checklist:v1:';

/**
 * The storage key: from `storage-key` when the page gives one (to share answers across pages, or keep two
 * checklists apart), else from the page path, so each page's checklist has its own answers.
 */
export function storageKeyFor(pathname: string, custom?: string | null): string {
  const chosen = custom?.trim();
  return STORAGE_PREFIX + (chosen ? `key:${chosen}` : `path:${pathname}`);
}

export function encodeAnswers(checked: readonly string[]): string {
  return JSON.stringify({ checked });
}

/** Stored text back into checked ids; `undefined` for anything that is not what we wrote (it is discarded). */
export function decodeAnswers(text: string | null): string[] | undefined {
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || !('checked' in value)) return undefined;
  const { checked } = value;
  // Ids as the model writes them (`visi-bersama`); anything else in storage is not ours.
  if (!Array.isArray(checked) || !checked.every((id) => typeof id === 'string' && ID_PATTERN.test(id)))
    return undefined;
  return [...new Set(checked as string[])];
}

/** `localStorage`, or `undefined` where even reading the property throws (blocked storage, sandboxed frame). */
function localStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Answers kept in memory by key: what survives when storage does not (shared by checklists on one page). */
const memory = new Map<string, readonly string[]>();

/** One checklist's answers under one key. */
export class AnswersStore {
  readonly key: string;
  #storage: Storage | undefined;

  constructor(key: string, storage: Storage | undefined = localStorageOrNothing()) {
    this.key = key;
    this.#storage = storage;
  }

  /** `false` once storage failed: answers then last only while the page is open. */
  get persistent(): boolean {
    return this.#storage !== undefined;
  }

  load(): string[] {
    const storage = this.#storage;
    if (storage) {
      try {
        const text = storage.getItem(this.key);
        const answers = decodeAnswers(text);
        if (answers) return answers;
        if (text !== null) storage.removeItem(this.key); // corrupt or foreign: discard it
        return [];
      } catch {
        this.#storage = undefined;
      }
    }
    return [...(memory.get(this.key) ?? [])];
  }

  save(checked: readonly string[]): void {
    memory.set(this.key, [...checked]);
    const storage = this.#storage;
    if (!storage) return;
    try {
      if (checked.length === 0) storage.removeItem(this.key);
      else storage.setItem(this.key, encodeAnswers(checked));
    } catch {
      // Quota exceeded or storage revoked: keep working from memory.
      this.#storage = undefined;
    }
  }

  /**
   * The answers another tab saved, when `event` is about our key in our storage; `undefined` for unrelated
   * events and for unreadable values (which must not wipe what this tab shows).
   */
  fromStorageEvent(event: StorageEvent): string[] | undefined {
    if (!this.#storage || event.storageArea !== this.#storage) return undefined;
    if (event.key === null) return []; // another tab called localStorage.clear()
    if (event.key !== this.key) return undefined;
    return event.newValue === null ? [] : decodeAnswers(event.newValue);
  }
}
