import {
  challengesSection,
  faqSection,
  partnershipsSection,
  partnersSection,
  principlesSection,
  sectorsSection,
  type Locale,
} from '@ketahanan/model';
import { messagesFor } from '../shared/messages/index.js';
import { cdnUrl, DEFAULT_CDN_BASE } from './cdn-url.js';
import { escapeHtml } from './escape-html.js';
import { WIDGETS, isSnippetTag, type FallbackContent, type SnippetTag } from './widgets.js';

/** `dist/cdn/integrity.json` of one build: SRI hashes by file name. */
export interface IntegrityManifest {
  readonly version: string;
  readonly files: Readonly<Record<string, string>>;
}

export interface SnippetOptions {
  readonly tag: SnippetTag;
  /** Language of the widget and of its fallback content. Default `id`. */
  readonly locale?: Locale;
  /** Exact version of @ketahanan/elements to load. */
  readonly version: string;
  /**
   * The integrity manifest of that version, or `null` when it is not at hand (then the script tag has no
   * `integrity`, which a caller should say out loud).
   */
  readonly integrity: IntegrityManifest | null;
  /** URL of the site's own content JSON, set as the element's `src`. */
  readonly src?: string;
  /** Content to pre-render as fallback; default the built-in content of `locale`. */
  readonly content?: FallbackContent;
  /** `module` (default): the small per-element ES module. `classic`: the all-elements classic script. */
  readonly script?: 'module' | 'classic';
  /** `element` (default): the file for this tag alone. `all`: the file with every element, for pages with several. */
  readonly bundle?: 'element' | 'all';
  /** CDN base URL; default jsDelivr. */
  readonly cdnBase?: string;
}

function defaultFallbackContent(locale: Locale): FallbackContent {
  return {
    faq: faqSection.defaults[locale],
    principles: principlesSection.defaults[locale],
    challenges: challengesSection.defaults[locale],
    partnerships: partnershipsSection.defaults[locale],
    partners: partnersSection.defaults[locale],
    sectors: sectorsSection.defaults[locale],
  };
}

function scriptFile(options: SnippetOptions): string {
  if (options.script === 'classic') return 'ketahanan.classic.js';
  return options.bundle === 'all' ? 'ketahanan.js' : WIDGETS[options.tag].file;
}

function scriptTag(options: SnippetOptions): string {
  const file = scriptFile(options);
  const attributes = [
    // A classic script must wait for the element's fallback children to be parsed (modules always wait).
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

/**
 * HTML to paste into a page: the version-pinned script tag with its SRI hash, and the element with its
 * content pre-rendered as light-DOM fallback, so the page reads well with JavaScript off or the CDN down.
 * Pure: no DOM, no I/O; the docs and the `ketahanan snippet` command both call it.
 */
export function createSnippet(options: SnippetOptions): string {
  if (!isSnippetTag(options.tag)) throw new RangeError(`Unknown tag <${String(options.tag)}>.`);
  const locale = options.locale ?? 'id';
  const content = options.content ?? defaultFallbackContent(locale);
  const attributes = [`lang="${locale}"`];
  if (options.src !== undefined) attributes.push(`src="${escapeHtml(options.src)}"`);
  const fallback = WIDGETS[options.tag].fallback(content, messagesFor(locale));
  return [
    scriptTag(options),
    `<${options.tag} ${attributes.join(' ')}>`,
    ...fallback.map((line) => `  ${line}`),
    `</${options.tag}>`,
    '',
  ].join('\n');
}
