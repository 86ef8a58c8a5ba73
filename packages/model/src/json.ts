// CONTRACT (filled in by the model work).
import type { Locale } from './locale.js';
import type { Problem } from './problems.js';
/** JSON.parse that never throws: broken JSON becomes one localized problem naming its line and column. */
export declare function parseJson(
  text: string,
  locale?: Locale,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem };
