// The built-in content in both locales, assembled from the per-locale files.
import type { Content } from './schema.js';
import type { Locale } from './locale.js';
import * as id from './content/id.js';
import * as en from './content/en.js';

export const defaultContent: Readonly<Record<Locale, Content>> = { id, en };
