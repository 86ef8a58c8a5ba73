import { hidesCharacter } from './hidden-characters.js';

/** Schemes a link or image from content may use; `javascript:`, `data:`, `vbscript:` and the rest never pass. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

// Only used to let the URL parser normalise a relative address; what is returned never contains it.
const PROBE_ORIGIN = 'https://relative.invalid';
/** Text that starts with a scheme (`https:`, `mailto:`, `x-y:`), which makes it an absolute URL. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
/** A `..` path segment, also percent-encoded, as the URL parser recognises it (an upper bound is enough). */
const DOUBLE_DOT = /(?:^|[/\\])(?:\.|%2e){2}(?=$|[/\\?#])/gi;

/**
 * The address when its scheme is https:, http:, mailto: or tel: (relative addresses count as http(s)),
 * normalised and serialised by the WHATWG URL parser the browser uses; else null. The result is printable
 * ASCII (spaces, non-ASCII letters and the like percent-encoded), so nothing that strips characters later
 * can change what it means.
 *
 * An address holding a control or invisible character anywhere is refused: the parser would read
 * `javascript\u0000:` as a relative path, and anything that later strips the NUL would make it a script.
 * With a `base`, the result is the resolved absolute URL. Without one, an absolute address is parsed on its
 * own (`https:desa.example` is `https://desa.example/` on every page), and a relative one stays relative,
 * meaning exactly what it meant as written on any http(s) page.
 */
export function safeUrl(url: string | undefined, base?: string): string | null {
  if (typeof url !== 'string' || hidesCharacter(url)) return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  try {
    const parsed =
      base !== undefined ? new URL(trimmed, base) : SCHEME.test(trimmed) ? new URL(trimmed) : undefined;
    // The parser keeps spaces in an opaque path (`mailto:`, `tel:`); encoded, they stay in the address.
    if (parsed) return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href.replaceAll(' ', '%20') : null;
    return relativeReference(trimmed);
  } catch {
    return null;
  }
}

/** A relative address, normalised by the URL parser and serialised relative again; throws if it is invalid. */
function relativeReference(text: string): string {
  // `//host/…`, and `/path`, `?query`, `#fragment`: what they keep of the page does not depend on its path.
  if (/^[/\\]{2}/.test(text)) return new URL(text, `${PROBE_ORIGIN}/`).href.slice('https:'.length);
  if (/^[/\\?#]/.test(text)) {
    const resolved = new URL(text, `${PROBE_ORIGIN}/p`);
    const kept = text.startsWith('?') || text.startsWith('#') ? resolved.pathname.length : 0;
    const reference = resolved.href.slice(PROBE_ORIGIN.length + kept);
    // A path that came out starting with `//` (from `/..//x`) would read as a host: `/.` keeps it a path.
    return reference.startsWith('//') ? `/.${reference}` : reference;
  }
  return relativePath(text);
}

/**
 * A path relative to the page's folder (`logo.png`, `../img/logo.png`). It is resolved in two probe
 * folders deeper than its `..` segments can climb, `/a/a/…/` and `/b/b/…/`: the trailing segments both
 * results share are the address's own, and the probe segments its `..`s consumed become `../` again.
 */
function relativePath(text: string): string {
  const depth = (text.match(DOUBLE_DOT)?.length ?? 0) + 1;
  const resolveIn = (folder: string) => new URL(text, `${PROBE_ORIGIN}/${folder.repeat(depth)}`);
  const one = resolveIn('a/');
  const segments = one.pathname.split('/').slice(1);
  const others = resolveIn('b/').pathname.split('/').slice(1);
  let own = 0;
  while (own < segments.length && segments.at(-1 - own) === others.at(-1 - own)) own++;
  const up = depth - (segments.length - own);
  const path = segments.slice(segments.length - own).join('/');
  const rest = one.href.slice(one.origin.length + one.pathname.length);
  // With no `../` in front, a first segment that is empty or holds a colon would read as `//host` or as a
  // scheme (once something removed the escapes before the colon): `./` keeps it a path.
  const guard = up === 0 && /^(?:[^/]*:|\/|$)/.test(path) ? './' : '';
  return `${guard}${'../'.repeat(up)}${path}${rest}`;
}
