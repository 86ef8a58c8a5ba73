import type { Content, SectionHeader, SectionName } from '@ketahanan/model';
import type { Messages } from '../shared/messages/index.js';
import { challengesFallback } from './fallback/challenges-fallback.js';
import { faqFallback } from './fallback/faq-fallback.js';
import { partnersFallback } from './fallback/partners-fallback.js';
import { principlesFallback } from './fallback/principles-fallback.js';

/** The section headers a fallback can show; the built-in ones of its language where left out. */
export type FallbackHeaders = Pick<
  Content,
  'faqHeader' | 'principlesHeader' | 'challengesHeader' | 'partnershipsHeader'
>;

/** The content sections a snippet's fallback can draw on (`parseContent(document).content` has them all). */
export type FallbackContent = Pick<
  Content,
  'faq' | 'principles' | 'challenges' | 'partnerships' | 'partners' | 'sectors'
> &
  Partial<FallbackHeaders>;

interface Widget {
  /** The per-element file in `dist/cdn/`, which defines this tag (and nothing it does not need). */
  readonly file: string;
  /**
   * The files its split-layout file (`split/<file>`) needs, in load order: what a snippet writes when no
   * integrity manifest (whose `imports` say the same, checked by test/cdn-build/split-layout.test.ts) is at hand.
   */
  readonly splitNeeds: readonly string[];
  /**
   * Light-DOM fallback lines, readable with JavaScript off; `level` is the level of the widget's own
   * headings (one below a section title shown above them).
   */
  readonly fallback: (
    content: FallbackContent,
    messages: Messages,
    provided: readonly SectionName[],
    level: number,
  ) => string[];
  /** The title and intro the element shows with `section-header` (the element's `headerOf`). */
  readonly header: (headers: FallbackHeaders, provided: readonly SectionName[]) => SectionHeader | undefined;
}

/** The tags a snippet can embed: the four content widgets. */
export const WIDGETS = {
  'kl-faq-accordion': {
    file: 'faq-accordion.js',
    splitNeeds: ['split/core.js'],
    fallback: (content) => faqFallback(content.faq),
    header: (headers) => headers.faqHeader,
  },
  'kl-principle-checklist': {
    file: 'principle-checklist.js',
    splitNeeds: ['split/core.js'],
    fallback: (content) => principlesFallback(content.principles),
    header: (headers) => headers.principlesHeader,
  },
  'kl-challenge-explorer': {
    file: 'challenge-explorer.js',
    splitNeeds: ['split/core.js'],
    fallback: (content, messages, _provided, level) =>
      challengesFallback(content.challenges, messages, level),
    header: (headers) => headers.challengesHeader,
  },
  'kl-partner-cards': {
    file: 'partner-cards.js',
    splitNeeds: ['split/core.js', 'split/partner-card-chunk.js'],
    fallback: (content, messages, provided) =>
      partnersFallback(content, messages, provided.includes('partners')),
    // As the element: the partnerships' title, never over a site owner's own partners.
    header: (headers, provided) => (provided.includes('partners') ? undefined : headers.partnershipsHeader),
  },
} as const satisfies Readonly<Record<string, Widget>>;

export type SnippetTag = keyof typeof WIDGETS;

export const SNIPPET_TAGS = Object.keys(WIDGETS) as readonly SnippetTag[];

export function isSnippetTag(tag: string): tag is SnippetTag {
  return Object.hasOwn(WIDGETS, tag);
}

/** Throws a readable error for a tag a snippet cannot embed (callers may pass user input through a cast). */
export function assertSnippetTag(tag: string): asserts tag is SnippetTag {
  if (!isSnippetTag(tag)) {
    throw new RangeError(`Unknown tag <${tag}>. Snippets exist for: ${SNIPPET_TAGS.join(', ')}.`);
  }
}
