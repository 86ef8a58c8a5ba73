/**
 * Where an element's content comes from, read into either a JSON value or a failure. Localizing and
 * validating happen later (content-controller.ts), so a `lang` change re-localizes without re-fetching.
 */
import { parseJson, type Locale, type SectionName } from '@ketahanan/model';
import { isTooLarge, MAX_SOURCE_BYTES } from './content-limits.js';
import { withTimeout, type TimeoutSignal } from './timeout-signal.js';

/** `markup`: the element's light-DOM fallback (e.g. `<section>`s an explorer's page wrote for no-JS readers). */
export type SourceKind = 'default' | 'property' | 'inline' | 'src' | 'markup';

/**
 * Why a source could not be read, named by the UI string that says so (`{seconds}` and `{status}` fill
 * it). Broken JSON keeps its `text`, so its problem can name the line and column in the reader's locale.
 */
export type Failure =
  | { readonly message: 'errorNetwork' | 'errorChecker' | 'errorNotJson' | 'errorTooLarge' }
  /** Sent with no Content-Type, or one that is no media type at all. */
  | { readonly message: 'errorNoContentType' }
  | { readonly message: 'errorTimeout'; readonly seconds: number }
  | { readonly message: 'errorHttp'; readonly status: number }
  /** Sent as another media type (its essence, such as `text/html`): see JSON_MEDIA_TYPE. */
  | { readonly message: 'errorContentType'; readonly mediaType: string }
  | { readonly message: 'errorNotJson'; readonly text: string };

export type RawContent =
  | {
      readonly kind: SourceKind;
      readonly value: unknown;
      /** Fallback markup that is the built-in content of one locale (built-in-content.ts): not validated. */
      readonly builtIn?: { readonly locale: Locale; readonly provided: readonly SectionName[] };
    }
  | { readonly kind: SourceKind; readonly failure: Failure };

/**
 * Parses JSON text, from any source, within the one size limit (content-limits.ts); broken JSON keeps its
 * text so the problem can be localized later.
 */
export function readJsonText(kind: SourceKind, text: string): RawContent {
  if (isTooLarge(text)) return { kind, failure: { message: 'errorTooLarge' } };
  const parsed = parseJson(text);
  return parsed.ok ? { kind, value: parsed.value } : { kind, failure: { message: 'errorNotJson', text } };
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

const fromSrc = (failure: Failure): RawContent => ({ kind: 'src', failure });

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
  // Inside the try: nothing here may reject, not even a timer the engine refuses.
  let both: TimeoutSignal | undefined;
  try {
    both = withTimeout(signal, timeoutMs);
    const response = await fetch(url, {
      signal: both.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return fromSrc({ message: 'errorHttp', status: response.status });
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      // Refused on its headers: the body (an image, a page that never ends) is not downloaded.
      void response.body?.cancel().catch(() => undefined);
      return fromSrc(
        MEDIA_TYPE.test(mediaType)
          ? { message: 'errorContentType', mediaType }
          : { message: 'errorNoContentType' },
      );
    }
    const text = await readLimited(response, MAX_SOURCE_BYTES);
    if (text === undefined) return fromSrc({ message: 'errorTooLarge' });
    // An HTML error page sent as JSON with a 200 is the common case left: say "not JSON", not "line 1, column 1".
    return /^\s*</.test(text) ? fromSrc({ message: 'errorNotJson' }) : readJsonText('src', text);
  } catch {
    if (signal.aborted) return undefined;
    return fromSrc(
      both?.timedOut()
        ? { message: 'errorTimeout', seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) }
        : { message: 'errorNetwork' },
    );
  }
}
