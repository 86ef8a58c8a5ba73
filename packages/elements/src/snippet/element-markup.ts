import {
  challengesSection,
  faqSection,
  partnershipsSection,
  partnersSection,
  principlesSection,
  safeUrl,
  sectorsSection,
  type Locale,
  type SectionName,
} from '@ketahanan/model';
import { messagesFor } from '../shared/messages/index.js';
import { escapeHtml } from './escape-html.js';
import { WIDGETS, assertSnippetTag, type FallbackContent, type SnippetTag } from './widgets.js';

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
    faq: faqSection.defaults[locale],
    principles: principlesSection.defaults[locale],
    challenges: challengesSection.defaults[locale],
    partnerships: partnershipsSection.defaults[locale],
    partners: partnersSection.defaults[locale],
    sectors: sectorsSection.defaults[locale],
  };
}

/** The element tag with its content pre-rendered inside as light-DOM fallback, all text HTML-escaped. */
export function createElementMarkup(options: ElementMarkupOptions): string {
  assertSnippetTag(options.tag);
  const locale = options.locale ?? 'id';
  const content = options.content ?? defaultFallbackContent(locale);
  const attributes = [`lang="${locale}"`];
  if (options.src !== undefined) attributes.push(`src="${escapeHtml(contentSrc(options.src))}"`);
  const fallback = WIDGETS[options.tag].fallback(content, messagesFor(locale), options.provided ?? []);
  return [
    `<${options.tag} ${attributes.join(' ')}>`,
    ...fallback.map((line) => `  ${line}`),
    `</${options.tag}>`,
  ].join('\n');
}
