import {
  challengesHeaderBuiltIn,
  challengesBuiltIn,
  faqHeaderBuiltIn,
  faqBuiltIn,
  partnershipsHeaderBuiltIn,
  partnershipsBuiltIn,
  partnersBuiltIn,
  principlesHeaderBuiltIn,
  principlesBuiltIn,
  safeUrl,
  sectorsBuiltIn,
  type Locale,
  type SectionName,
} from '@ketahanan/model';
import { messagesFor } from '../shared/messages/index.js';
import { escapeHtml } from './escape-html.js';
import {
  WIDGETS,
  assertSnippetTag,
  type FallbackContent,
  type FallbackHeaders,
  type SnippetTag,
} from './widgets.js';

export interface ElementMarkupOptions {
  readonly tag: SnippetTag;
  /** Language of the widget and of its fallback content. Default `id`. */
  readonly locale?: Locale;
  /**
   * URL of the site's own content JSON, set as the element's `src`: an https, http or relative address,
   * written normalised; anything else throws a RangeError.
   */
  readonly src?: string;
  /** Content to pre-render as fallback (e.g. `parseContent(document).content`); default the built-in content. */
  readonly content?: FallbackContent;
  /**
   * The sections the site owner's document supplied (`parseContent(document).provided`). The elements decide
   * some things by it, and the fallback follows: kl-partner-cards shows a document's own `partners`
   * instead of the article's partnerships.
   */
  readonly provided?: readonly SectionName[];
  /**
   * Sets the element's `section-header`: the section's title (an `<h3>`, the element's default level)
   * and intro above the content, in the fallback too, where the widget's own headings go one deeper.
   */
  readonly sectionHeader?: boolean;
}

/**
 * The content URL as the element's `src`, normalised (see `safeUrl`): an https, http or relative address
 * a page can fetch; null for anything else (another scheme, a control or invisible character).
 */
export function contentUrl(src: string): string | null {
  const safe = safeUrl(src);
  return safe === null || /^(?:mailto|tel):/i.test(safe) ? null : safe;
}

function contentSrc(src: string): string {
  const safe = contentUrl(src);
  if (safe === null) throw new RangeError('The content URL (src) is not an https, http or relative address.');
  return safe;
}

/** The built-in content of every section a fallback can show, in one language. */
export function defaultFallbackContent(locale: Locale): FallbackContent {
  return {
    faq: faqBuiltIn.defaults[locale],
    principles: principlesBuiltIn.defaults[locale],
    challenges: challengesBuiltIn.defaults[locale],
    partnerships: partnershipsBuiltIn.defaults[locale],
    partners: partnersBuiltIn.defaults[locale],
    sectors: sectorsBuiltIn.defaults[locale],
  };
}

/** The content's section headers, each the built-in one of `locale` where the content has none. */
function headersOf(content: FallbackContent, locale: Locale): FallbackHeaders {
  return {
    faqHeader: content.faqHeader ?? faqHeaderBuiltIn.defaults[locale],
    principlesHeader: content.principlesHeader ?? principlesHeaderBuiltIn.defaults[locale],
    challengesHeader: content.challengesHeader ?? challengesHeaderBuiltIn.defaults[locale],
    partnershipsHeader: content.partnershipsHeader ?? partnershipsHeaderBuiltIn.defaults[locale],
  };
}

/** The element tag with its content pre-rendered inside as light-DOM fallback, all text HTML-escaped. */
export function createElementMarkup(options: ElementMarkupOptions): string {
  assertSnippetTag(options.tag);
  const locale = options.locale ?? 'id';
  const content = options.content ?? defaultFallbackContent(locale);
  const provided = options.provided ?? [];
  const widget = WIDGETS[options.tag];
  const attributes = [`lang="${locale}"`];
  if (options.src !== undefined) attributes.push(`src="${escapeHtml(contentSrc(options.src))}"`);
  const header = options.sectionHeader ? widget.header(headersOf(content, locale), provided) : undefined;
  if (options.sectionHeader) attributes.push('section-header');
  const lines = [
    ...(header
      ? [
          `<h3>${escapeHtml(header.title)}</h3>`,
          ...(header.intro ? [`<p>${escapeHtml(header.intro)}</p>`] : []),
        ]
      : []),
    ...widget.fallback(content, messagesFor(locale), provided, header ? 4 : 3),
  ];
  return [
    `<${options.tag} ${attributes.join(' ')}>`,
    ...lines.map((line) => `  ${line}`),
    `</${options.tag}>`,
  ].join('\n');
}
