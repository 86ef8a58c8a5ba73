/**
 * Where an element's content comes from, read into either a JSON value or a failure. Localizing and
 * validating happen later (content-controller.ts), so a `lang` change re-localizes without re-fetching.
 */
import { parseJson, type Problem } from '@ketahanan/model';
import { withTimeout } from './timeout-signal.js';

/** `markup`: the element's light-DOM fallback (e.g. `<section>`s an explorer's page wrote for no-JS readers). */
export type SourceKind = 'default' | 'property' | 'inline' | 'src' | 'markup';

export type Failure =
  | { readonly type: 'network' }
  | { readonly type: 'timeout'; readonly seconds: number }
  | { readonly type: 'http'; readonly status: number }
  | { readonly type: 'not-json' }
  | { readonly type: 'too-large' }
  | { readonly type: 'json'; readonly text: string };

export type RawContent =
  | { readonly kind: SourceKind; readonly value: unknown }
  | { readonly kind: SourceKind; readonly failure: Failure };

/** Largest `src` response we read: ten times a 1,000-partner file, far below what would hurt a phone. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** The first `<script type="application/json">` child, if the page wrote content inline. */
export function inlineJson(host: HTMLElement): string | undefined {
  for (const child of host.children) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
      return child.textContent;
    }
  }
  return undefined;
}

/** Parses JSON text; broken JSON keeps its text so the problem can be localized later. */
export function readJsonText(kind: SourceKind, text: string): RawContent {
  const parsed = parseJson(text);
  return parsed.ok ? { kind, value: parsed.value } : { kind, failure: { type: 'json', text } };
}

/** Reads a body as text, giving up past `limit` bytes without buffering the rest. */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return undefined;
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  // A Blob joins the chunks and decodes them as UTF-8, as `response.text()` would have.
  return await new Blob(chunks).text();
}

/**
 * Fetches `src` with a timeout. Resolves to a value or a failure, never rejects; resolves to `undefined`
 * when `signal` was aborted by the element (disconnected, or `src` changed), so nothing stale is shown.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<RawContent | undefined> {
  const both = withTimeout(signal, timeoutMs);
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  try {
    const response = await fetch(url, {
      signal: both.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { kind: 'src', failure: { type: 'http', status: response.status } };
    const text = await readLimited(response, MAX_SOURCE_BYTES);
    if (text === undefined) return { kind: 'src', failure: { type: 'too-large' } };
    const parsed = parseJson(text);
    if (parsed.ok) return { kind: 'src', value: parsed.value };
    // An HTML error page served with 200 is the common case: say "not JSON" rather than "line 1, column 1".
    const looksLikeHtml = /^\s*</.test(text);
    return { kind: 'src', failure: looksLikeHtml ? { type: 'not-json' } : { type: 'json', text } };
  } catch {
    if (signal.aborted) return undefined;
    if (both.timedOut()) return { kind: 'src', failure: { type: 'timeout', seconds } };
    return { kind: 'src', failure: { type: 'network' } };
  }
}

export type { Problem };
