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
   * `self-contained` (default): one file with Lit inside. `split`: the tag's file from `dist/cdn/split/`,
   * which needs the shared `core.js` (Lit, element core, content), preceded by a
   * `<script type="module" integrity>` for each file it needs, so every file is pinned by SRI in every
   * engine (split files never import each other). For a page with several widgets, each pasted with its own
   * tags: the browser fetches and runs the core once.
   * Only with a tag's own file (`bundle` a tag) and `script: 'module'`.
   */
  readonly layout?: 'self-contained' | 'split';
  /**
   * The page gives the widgets content of their own (a `src`, or fallback markup of the site's own): the tags
   * start with `site-content.js`, the checker of that content, pinned by SRI like every file. The browser
   * then fetches it alongside the element file instead of after it, and the widget shows the content in its
   * first render, with no loading line. Module files only: the classic file carries the checker inside.
   */
  readonly siteContent?: boolean;
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
  const { bundle, script, layout } = options;
  const own = bundle !== undefined && bundle !== 'all';
  if (layout === 'split' && (!own || script === 'classic'))
    throw new RangeError('The split layout exists for one tag’s own module file only.');
  if (script === 'classic') return 'ketahanan.classic.js';
  if (!own) return 'ketahanan.js';
  assertSnippetTag(bundle);
  return `${layout === 'split' ? 'split/' : ''}${WIDGETS[bundle].file}`;
}

/** The address of `file` as `src`, its `integrity` when a manifest is at hand, and CORS mode. */
function fileAttributes(options: ScriptTagOptions, file: string): string {
  const hash = options.integrity?.files[file];
  if (options.integrity && !hash) throw new RangeError(`The integrity manifest has no entry for ${file}.`);
  const integrity = hash ? ` integrity="${escapeHtml(hash)}"` : '';
  // CORS mode is what makes the browser check `integrity` on a cross-origin file at all.
  return `src="${escapeHtml(scriptUrl(options, file))}"${integrity} crossorigin="anonymous"`;
}

/**
 * The files `file` needs, each loaded by a tag of its own before it (none for a self-contained file): as the
 * manifest lists them, or, without one (another version), as this version's split layout has them.
 */
function neededFiles(options: ScriptTagOptions, file: string): readonly string[] {
  if (options.layout !== 'split') return [];
  if (!options.integrity) return WIDGETS[options.bundle as SnippetTag].splitNeeds;
  const imports = options.integrity.imports?.[file];
  if (!imports) throw new RangeError(`The integrity manifest has no entry for ${file}'s imports.`);
  return imports;
}

/** The checker of a site's own content, beside the element files (src/script-tag/site-content.ts). */
const SITE_CONTENT_FILE = 'site-content.js';

/**
 * The version-pinned `<script>` with its SRI hash; for the split layout, preceded by one such script per
 * file it needs (`core.js`, …), and with `siteContent`, by one for `site-content.js`. Two widgets pasted
 * this way name `core.js` twice: the browser fetches and runs one module per address, once.
 */
export function createScriptTag(options: ScriptTagOptions): string {
  const file = scriptFile(options);
  if (options.integrity && options.integrity.version !== options.version) {
    throw new RangeError(
      `The integrity manifest is for version ${options.integrity.version}, not ${options.version}.`,
    );
  }
  // A classic script must wait for the elements' fallback children to be parsed (modules always wait).
  const kind = options.script === 'classic' ? 'defer' : 'type="module"';
  const checker = options.siteContent && options.script !== 'classic' ? [SITE_CONTENT_FILE] : [];
  return [...checker, ...neededFiles(options, file), file]
    .map((each) => `<script ${kind} ${fileAttributes(options, each)}></script>`)
    .join('\n');
}
