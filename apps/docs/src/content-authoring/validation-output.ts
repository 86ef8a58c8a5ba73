import { parseContent, type Locale } from '@ketahanan/model';

/**
 * The problem lines `ketahanan validate` prints for a document (`path: message`, in document order), from
 * the same `parseContent` the command and the widgets use, so the page never shows stale output.
 */
export function validationLines(document: unknown, locale: Locale): string {
  const result = parseContent(document, { locale });
  if (result.ok) return '';
  return result.problems
    .map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message))
    .join('\n');
}
