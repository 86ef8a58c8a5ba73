// CONTRACT (filled in by the model work).
import type { Content, ContentDocument } from './schema.js';
/**
 * Returns a new content object: every section the (already validated) document supplies replaces the
 * default section whole; the rest are the defaults. Never mutates its inputs; never copies `__proto__`,
 * `constructor` or `prototype` keys. Default items whose references point into a replaced section and no
 * longer resolve are pruned (a partnership keeps only partners that still exist).
 */
export declare function mergeContent(defaults: Content, document: ContentDocument): Content;
