import { escapeInvisible } from './escape-invisible.js';

/** One thing wrong with a content document: where (`faq[2].answer`, or `''` for the whole document) and what. */
export interface Problem {
  readonly path: string;
  /** Localized, one sentence, no trailing stack or internals. */
  readonly message: string;
}

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way a JavaScript reader would: `faq[2].answer`. Keys that are not identifiers are quoted
 * (`partners[0]["nama lengkap"]`) so that the path stays unambiguous for any key a document may contain.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${escapeInvisible(JSON.stringify(segment))}]`;
  }
  return path;
}
