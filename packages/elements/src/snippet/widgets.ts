import type { Content, SectionName } from '@ketahanan/model';
import type { Messages } from '../shared/messages/index.js';
import { challengesFallback } from './fallback/challenges-fallback.js';
import { faqFallback } from './fallback/faq-fallback.js';
import { partnersFallback } from './fallback/partners-fallback.js';
import { principlesFallback } from './fallback/principles-fallback.js';

/** The content sections a snippet's fallback can draw on. */
export type FallbackContent = Pick<
  Content,
  'faq' | 'principles' | 'challenges' | 'partnerships' | 'partners' | 'sectors'
>;

interface Widget {
  /** The per-element file in `dist/cdn/`, which defines this tag (and nothing it does not need). */
  readonly file: string;
  /** Light-DOM fallback lines, readable with JavaScript off. */
  readonly fallback: (
    content: FallbackContent,
    messages: Messages,
    provided: readonly SectionName[],
  ) => string[];
}

/** The tags a snippet can embed: the four content widgets. */
export const WIDGETS = {
  'kl-faq-accordion': { file: 'faq-accordion.js', fallback: (content) => faqFallback(content.faq) },
  'kl-principle-checklist': {
    file: 'principle-checklist.js',
    fallback: (content) => principlesFallback(content.principles),
  },
  'kl-challenge-explorer': {
    file: 'challenge-explorer.js',
    fallback: (content, messages) => challengesFallback(content.challenges, messages),
  },
  'kl-partner-cards': {
    file: 'partner-cards.js',
    fallback: (content, messages, provided) =>
      partnersFallback(content, messages, provided.includes('partners')),
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
