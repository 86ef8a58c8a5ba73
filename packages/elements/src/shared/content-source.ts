/**
 * Where an element's content comes from, read into either a JSON value or a failure. Localizing and
 * validating happen later (content-controller.ts), so a `lang` change re-localizes without re-fetching.
 */
import { parseJson } from '@ketahanan/model';

/** `markup`: the element's light-DOM fallback (e.g. `<section>`s an explorer's page wrote for no-JS readers). */
export type SourceKind = 'default' | 'property' | 'inline' | 'src' | 'markup';

/**
 * Why a source could not be read, named by the UI string that says so (`{seconds}` and `{status}` fill
 * it). Broken JSON keeps its `text`, so its problem can name the line and column in the reader's locale.
 */
export type Failure =
  | { readonly message: 'errorNetwork' | 'errorNotJson' | 'errorTooLarge' }
  | { readonly message: 'errorTimeout'; readonly seconds: number }
  | { readonly message: 'errorHttp'; readonly status: number }
  | { readonly message: 'errorNotJson'; readonly text: string };

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
  return parsed.ok ? { kind, value: parsed.value } : { kind, failure: { message: 'errorNotJson', text } };
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

const fromSrc = (failure: Failure): RawContent => ({ kind: 'src', failure });

/**
 * Fetches `src` with a timeout. Resolves to a value or a failure, never rejects; resolves to `undefined`
 * when `signal` was aborted by the element (disconnected, or `src` changed), so nothing stale is shown.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<RawContent | undefined> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return fromSrc({ message: 'errorHttp', status: response.status });
    const text = await readLimited(response, MAX_SOURCE_BYTES);
    if (text === undefined) return fromSrc({ message: 'errorTooLarge' });
    // An HTML error page served with 200 is the common case: say "not JSON" rather than "line 1, column 1".
    return /^\s*</.test(text) ? fromSrc({ message: 'errorNotJson' }) : readJsonText('src', text);
  } catch {
    if (signal.aborted) return undefined;
    return fromSrc(
      timeout.aborted
        ? { message: 'errorTimeout', seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) }
        : { message: 'errorNetwork' },
    );
  }
}
