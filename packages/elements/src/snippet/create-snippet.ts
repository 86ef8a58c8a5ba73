import { createElementMarkup, type ElementMarkupOptions } from './element-markup.js';
import { createScriptTag, type ScriptTagOptions } from './script-tag.js';

export interface SnippetOptions
  extends ElementMarkupOptions, Omit<ScriptTagOptions, 'bundle' | 'layout' | 'siteContent'> {
  /**
   * `element` (default): the self-contained file for this tag alone. `all`: every element in one file.
   * `split`: this tag's file of the split layout plus the shared core it imports, each pinned by SRI; for
   * pages with several widgets pasted one by one (Lit and the core are fetched and run once per page).
   */
  readonly bundle?: 'element' | 'all' | 'split';
}

/**
 * The element inside a `<div>`. Until its script runs, a custom element is an unknown element, which is
 * `display: inline`: a theme's column rules (`max-width`, centring margins) skip it, so its fallback spans the
 * wider box and jumps when the element becomes a block. The div is a block by itself, with no style attribute
 * or stylesheet that a strict Content-Security-Policy (`style-src 'self'`) would refuse.
 */
function inBlock(markup: string): string {
  const indented = markup.split('\n').map((line) => `  ${line}`);
  return ['<div class="kl-embed">', ...indented, '</div>'].join('\n');
}

/**
 * HTML to paste into a page: the version-pinned script tag with its SRI hash, and the element with its
 * content pre-rendered as light-DOM fallback, so the page reads well with JavaScript off or the CDN down.
 * With the site's own content (`src`, or `content` that is not the article's), the tags load `site-content.js`,
 * its checker, first.
 * Pure: no DOM, no I/O; the docs and the `ketahanan snippet` command both call it.
 */
export function createSnippet(options: SnippetOptions): string {
  const { bundle, ...rest } = options;
  const markup = createElementMarkup(options);
  const script = createScriptTag({
    ...rest,
    bundle: bundle === 'all' ? 'all' : options.tag,
    layout: bundle === 'split' ? 'split' : 'self-contained',
    siteContent: options.src !== undefined || markup !== builtInMarkup(options),
  });
  return `${script}\n${inBlock(markup)}\n`;
}

/**
 * The element as a snippet of the article's own content writes it. A widget whose fallback is exactly that
 * recognises the article and shows it without checking it, so it never needs site-content.js.
 */
function builtInMarkup(options: SnippetOptions): string {
  return createElementMarkup({
    tag: options.tag,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.sectionHeader ? { sectionHeader: true } : {}),
  });
}
