import { selfHostedUrl } from './base-url.js';
import { assertExactVersion, cdnUrl, DEFAULT_CDN_BASE } from './cdn-url.js';
import { escapeHtml } from './escape-html.js';
import type { IntegrityManifest } from './integrity.js';
import { WIDGETS, assertSnippetTag, type SnippetTag } from './widgets.js';

export interface ScriptTagOptions {
  /** Exact version of @ketahanan/elements to load. */
  readonly version: string;
  /**
   * The integrity manifest of that version, or `null` when it is not at hand (then the script tag has no
   * `integrity`, which a caller should say out loud).
   */
  readonly integrity: IntegrityManifest | null;
  /** `module` (default): an ES module. `classic`: the all-elements classic script, for hosts that strip modules. */
  readonly script?: 'module' | 'classic';
  /**
   * The file to load: a tag's own file (small; the default when `tag` is given), or `all`: every element in
   * one file, for pages with several widgets.
   */
  readonly bundle?: SnippetTag | 'all';
  /**
   * CDN base URL; default jsDelivr. An https, http or relative address (for a copy the site hosts itself)
   * without query, fragment or credentials, written normalised; anything else throws a RangeError.
   */
  readonly cdnBase?: string;
  /**
   * The folder where the site serves its own copy of this version's `dist/cdn/` files (`https://pemda.example/js/
   * ketahanan/` or `/js/ketahanan/`), for sites that load no third-party script. The file name is appended to it;
   * the `integrity` hash is the same, since the bytes are. Not together with `cdnBase`.
   */
  readonly baseUrl?: string;
}

function scriptUrl(options: ScriptTagOptions, file: string): string {
  if (options.baseUrl === undefined)
    return cdnUrl(options.version, file, options.cdnBase ?? DEFAULT_CDN_BASE);
  if (options.cdnBase !== undefined) throw new RangeError('Give either a CDN base or a base URL, not both.');
  // No version in a self-hosted URL, but it still pins the hashes: a manifest of another version is refused.
  assertExactVersion(options.version);
  return selfHostedUrl(options.baseUrl, file);
}

function scriptFile(options: ScriptTagOptions): string {
  if (options.script === 'classic') return 'ketahanan.classic.js';
  if (options.bundle === undefined || options.bundle === 'all') return 'ketahanan.js';
  assertSnippetTag(options.bundle);
  return WIDGETS[options.bundle].file;
}

/** The version-pinned `<script>` with its SRI hash. */
export function createScriptTag(options: ScriptTagOptions): string {
  const file = scriptFile(options);
  const attributes = [
    // A classic script must wait for the elements' fallback children to be parsed (modules always wait).
    options.script === 'classic' ? 'defer' : 'type="module"',
    `src="${escapeHtml(scriptUrl(options, file))}"`,
  ];
  if (options.integrity) {
    if (options.integrity.version !== options.version) {
      throw new RangeError(
        `The integrity manifest is for version ${options.integrity.version}, not ${options.version}.`,
      );
    }
    const hash = options.integrity.files[file];
    if (!hash) throw new RangeError(`The integrity manifest has no entry for ${file}.`);
    attributes.push(`integrity="${escapeHtml(hash)}"`);
  }
  // CORS mode is what makes the browser check `integrity` on a cross-origin script at all.
  attributes.push('crossorigin="anonymous"');
  return `<script ${attributes.join(' ')}></script>`;
}
