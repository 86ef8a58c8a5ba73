/**
 * The embed code for the draft: `createSnippet`, the same function as `ketahanan snippet`, with the script
 * tag pinned to the elements version this studio was built with (and its SRI hashes), and the draft's
 * content written inside the element as its no-JavaScript fallback, which the element reads as its content
 * when it upgrades. With `src`, the element loads the uploaded JSON file instead.
 */
import elementsPackage from '@ketahanan/elements/package.json';
import integrity from '@ketahanan/elements/cdn/integrity.json';
import { createSnippet, type IntegrityManifest, type SnippetTag } from '@ketahanan/elements/snippet';
import { parseContent, type Locale } from '@ketahanan/model';
import type { Draft } from '../draft/draft.js';

export const ELEMENTS_VERSION: string = elementsPackage.version;
const INTEGRITY: IntegrityManifest = integrity;

export interface SnippetChoice {
  readonly tag: SnippetTag;
  readonly locale: Locale;
  /** Where the site serves the exported file; empty for none. */
  readonly src: string;
}

/** The snippet, or `undefined` while the model finds problems in the draft. */
export function embedSnippet(draft: Draft, choice: SnippetChoice): string | undefined {
  const result = parseContent(draft, { locale: choice.locale });
  if (!result.ok) return undefined;
  return createSnippet({
    tag: choice.tag,
    locale: choice.locale,
    version: ELEMENTS_VERSION,
    integrity: INTEGRITY,
    content: result.content,
    provided: result.provided,
    sectionHeader: true,
    ...(choice.src === '' ? {} : { src: choice.src }),
  });
}
