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
   * which imports the shared `core.js` (Lit, element core, content), preceded by a
   * `<link rel="modulepreload" integrity>` for each file it imports, so every file is pinned by SRI. For a
   * page with several widgets, each pasted with its own tags: the browser fetches and runs the core once.
   * Only with a tag's own file (`bundle` a tag) and `script: 'module'`.
   */
  readonly layout?: 'self-contained' | 'split';
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
  if (options.layout === 'split') {
    if (options.script === 'classic' || options.bundle === undefined || options.bundle === 'all') {
      throw new RangeError('The split layout exists for one tag’s own module file only.');
    }
    assertSnippetTag(options.bundle);
    return `split/${WIDGETS[options.bundle].file}`;
  }
  if (options.script === 'classic') return 'ketahanan.classic.js';
  if (options.bundle === undefined || options.bundle === 'all') return 'ketahanan.js';
  assertSnippetTag(options.bundle);
  return WIDGETS[options.bundle].file;
}

/** The `integrity` attribute of `file`, from a manifest already checked against the version; none without one. */
function integrityAttribute(manifest: IntegrityManifest | null, file: string): string[] {
  if (!manifest) return [];
  const hash = manifest.files[file];
  if (!hash) throw new RangeError(`The integrity manifest has no entry for ${file}.`);
  return [`integrity="${escapeHtml(hash)}"`];
}

/** The files `file` imports, which the browser fetches too (none for a self-contained file). */
function importedFiles(options: ScriptTagOptions, file: string): readonly string[] {
  // Without a manifest the imports are unknown (and could not be pinned): the script alone still works.
  if (options.layout !== 'split' || !options.integrity) return [];
  const imports = options.integrity.imports?.[file];
  if (!imports) throw new RangeError(`The integrity manifest lists no imports for ${file}.`);
  return imports;
}

/**
 * The version-pinned `<script>` with its SRI hash; for the split layout, preceded by one
 * `<link rel="modulepreload">` with its SRI hash per file the script imports.
 */
export function createScriptTag(options: ScriptTagOptions): string {
  const file = scriptFile(options);
  if (options.integrity && options.integrity.version !== options.version) {
    throw new RangeError(
      `The integrity manifest is for version ${options.integrity.version}, not ${options.version}.`,
    );
  }
  // CORS mode is what makes the browser check `integrity` on a cross-origin file at all.
  const cors = 'crossorigin="anonymous"';
  // The module the script's `import` finds is the one this link fetched and checked (one module per URL).
  const preloads = importedFiles(options, file).map((imported) => {
    const attributes = [
      'rel="modulepreload"',
      `href="${escapeHtml(scriptUrl(options, imported))}"`,
      ...integrityAttribute(options.integrity, imported),
      cors,
    ];
    return `<link ${attributes.join(' ')}>`;
  });
  const attributes = [
    // A classic script must wait for the elements' fallback children to be parsed (modules always wait).
    options.script === 'classic' ? 'defer' : 'type="module"',
    `src="${escapeHtml(scriptUrl(options, file))}"`,
    ...integrityAttribute(options.integrity, file),
    cors,
  ];
  return [...preloads, `<script ${attributes.join(' ')}></script>`].join('\n');
}
