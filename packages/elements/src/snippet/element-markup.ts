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
import { escapeHtml } from './escape-html.js';
import { WIDGETS, assertSnippetTag, type FallbackContent, type SnippetTag } from './widgets.js';

export interface ElementMarkupOptions {
  readonly tag: SnippetTag;
  /** Language of the widget and of its fallback content. Default `id`. */
  readonly locale?: Locale;
  /** URL of the site's own content JSON, set as the element's `src`. */
  readonly src?: string;
  /** Content to pre-render as fallback; default the built-in content of `locale`. */
  readonly content?: FallbackContent;
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

/** The element tag with its content pre-rendered inside as light-DOM fallback, all text HTML-escaped. */
export function createElementMarkup(options: ElementMarkupOptions): string {
  assertSnippetTag(options.tag);
  const locale = options.locale ?? 'id';
  const content = options.content ?? defaultFallbackContent(locale);
  const attributes = [`lang="${locale}"`];
  if (options.src !== undefined) attributes.push(`src="${escapeHtml(options.src)}"`);
  const fallback = WIDGETS[options.tag].fallback(content, messagesFor(locale));
  return [
    `<${options.tag} ${attributes.join(' ')}>`,
    ...fallback.map((line) => `  ${line}`),
    `</${options.tag}>`,
  ].join('\n');
}
