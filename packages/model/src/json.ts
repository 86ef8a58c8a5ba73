import { quote, say } from './messages.js';
import { findJsonError } from './json-error-position.js';
import type { Locale } from './locale.js';
import type { Problem } from './problems.js';

/** 1-based line and column of a UTF-16 offset; columns count UTF-16 units, as VS Code and most editors do. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  const lastLine = lines.at(-1) ?? '';
  return { line: lines.length, column: lastLine.length + 1 };
}

/** How the offending character is shown: invisible ones by their escape, so the message stays one line. */
function visible(found: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(found) ? found : JSON.stringify(found).slice(1, -1) || found;
}

/** JSON.parse that never throws: broken JSON becomes one localized problem naming its line and column. */
export function parseJson(
  text: string,
  locale?: Locale,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem } {
  // Editors on Windows like to start files with a byte order mark, which JSON.parse rejects.
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    const { offset, found } = findJsonError(source);
    const { line, column } = lineAndColumn(source, offset);
    return {
      ok: false,
      problem: {
        path: '',
        message: say(locale, 'brokenJson', {
          line: String(line),
          column: String(column),
          reason:
            found === null
              ? say(locale, 'jsonEnded')
              : say(locale, 'jsonUnexpected', { found: quote(visible(found)) }),
        }),
      },
    };
  }
}
