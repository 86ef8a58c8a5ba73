/**
 * Where an element's content comes from, read into either a JSON value or a failure. Localizing and
 * validating happen later (content-controller.ts), so a `lang` change re-localizes without re-fetching.
 */
import { parseJson, type Problem } from '@ketahanan/model';

/** `markup`: the element's light-DOM fallback (e.g. `<section>`s an explorer's page wrote for no-JS readers). */
export type SourceKind = 'default' | 'property' | 'inline' | 'src' | 'markup';

export type Failure =
  | { readonly type: 'network' }
  | { readonly type: 'timeout'; readonly seconds: number }
  | { readonly type: 'http'; readonly status: number }
  | { readonly type: 'not-json' }
  /** Sent as another media type (its essence, such as `text/html`): see JSON_MEDIA_TYPE. */
  | { readonly type: 'content-type'; readonly mediaType: string }
  /** Sent with no Content-Type, or one that is no media type at all. */
  | { readonly type: 'no-content-type' }
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

/**
 * The media types read as JSON: `application/json`, any `application/…+json` (`application/ld+json`,
 * `application/vnd.api+json`) and `text/json`, an older name some servers still send. Everything else is
 * refused, even when its body would parse: an HTML page, an image or an upload served as text is not the
 * site owner's content file, and saying so beats showing whatever it happens to hold. `text/plain` too:
 * it is what a server says of a file it does not know, and GitHub's raw file host sends it (jsDelivr and
 * GitHub Pages send `application/json` for the same files).
 */
const JSON_MEDIA_TYPE = /^(?:application\/(?:[\w.-]+\+)?json|text\/json)$/;
/** A media type's essence (`type/subtype`, no parameters), named as RFC 6838 names them (near enough). */
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

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
 *
 * The fetch options are the platform's defaults, on purpose. Cookies go only to the page's own origin
 * (`credentials: 'same-origin'`), so a site may keep its JSON behind its own login while another origin
 * never sees them. Redirects are followed, also to another origin: that origin must allow the page by CORS
 * like any cross-origin `src`, and the content-type rule applies to the answer the redirects led to. The
 * referrer follows the page's own Referrer-Policy, which its owner chose.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<RawContent | undefined> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  try {
    const response = await fetch(url, {
      signal: both,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { kind: 'src', failure: { type: 'http', status: response.status } };
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      // Refused on its headers: the body (an image, a page that never ends) is not downloaded.
      void response.body?.cancel().catch(() => undefined);
      return {
        kind: 'src',
        failure: MEDIA_TYPE.test(mediaType)
          ? { type: 'content-type', mediaType }
          : { type: 'no-content-type' },
      };
    }
    const text = await readLimited(response, MAX_SOURCE_BYTES);
    if (text === undefined) return { kind: 'src', failure: { type: 'too-large' } };
    const parsed = parseJson(text);
    if (parsed.ok) return { kind: 'src', value: parsed.value };
    // An HTML error page served with 200 is the common case: say "not JSON" rather than "line 1, column 1".
    const looksLikeHtml = /^\s*</.test(text);
    return { kind: 'src', failure: looksLikeHtml ? { type: 'not-json' } : { type: 'json', text } };
  } catch {
    if (signal.aborted) return undefined;
    if (timeout.aborted) return { kind: 'src', failure: { type: 'timeout', seconds } };
    return { kind: 'src', failure: { type: 'network' } };
  }
}

export type { Problem };
