/**
 * Build step: writes `messages.json` at the package root (the `./messages.json` export): every problem
 * message in both locales, with its named `{name}` placeholders (format-message.ts). Validators written in other languages (the
 * WordPress plugin's PHP, for one) say exactly what `parseContent` says by filling the same templates.
 */
import { writeFileSync } from 'node:fs';
import { MESSAGE_TABLES } from '../messages.js';

writeFileSync(
  new URL('../../messages.json', import.meta.url),
  `${JSON.stringify(MESSAGE_TABLES, null, 2)}\n`,
);
