/**
 * Keeps the work in this browser's localStorage, so a reload or a closed tab loses nothing. Storage can be
 * full, disabled or hold something an older version wrote: reading then starts fresh, writing fails quietly
 * (the studio still works, it just cannot remember).
 */
import { parseJson, resolveLocale, type Locale } from '@ketahanan/model';
import { isDraft, type Draft } from './draft.js';

const DRAFT_KEY = 'ketahanan-studio:draft';
const UI_LOCALE_KEY = 'ketahanan-studio:ui-locale';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Full or disabled storage: the work stays on screen and in the exported file.
  }
}

export function loadDraft(): Draft | undefined {
  const text = read(DRAFT_KEY);
  if (text === null) return undefined;
  const parsed = parseJson(text);
  return parsed.ok && isDraft(parsed.value) ? parsed.value : undefined;
}

export function saveDraft(draft: Draft): void {
  write(DRAFT_KEY, JSON.stringify(draft));
}

export function loadUiLocale(): Locale | undefined {
  const stored = read(UI_LOCALE_KEY);
  return stored === null ? undefined : resolveLocale(stored);
}

export function saveUiLocale(locale: Locale): void {
  write(UI_LOCALE_KEY, locale);
}
