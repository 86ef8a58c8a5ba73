import { cdnUrl, DEFAULT_CDN_BASE } from './cdn-url.js';
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
    `src="${escapeHtml(cdnUrl(options.version, file, options.cdnBase ?? DEFAULT_CDN_BASE))}"`,
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
