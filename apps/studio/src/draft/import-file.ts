/**
 * Reads a chosen JSON file into a draft. Broken JSON and a document that is not an object are refused with
 * the model's own message (its line and column for broken JSON); a document with problems is taken, so the
 * author can fix them in the forms, where each is shown beside its field.
 */
import { parseContent, parseJson, type Locale } from '@ketahanan/model';
import { isDraft, type Draft } from './draft.js';

export type ImportResult =
  { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly message: string };

export async function importFile(file: Blob, locale: Locale): Promise<ImportResult> {
  const parsed = parseJson(await file.text(), locale);
  if (!parsed.ok) return { ok: false, message: parsed.problem.message };
  if (isDraft(parsed.value)) return { ok: true, draft: parsed.value };
  const result = parseContent(parsed.value, { locale });
  return { ok: false, message: result.ok ? '' : (result.problems[0]?.message ?? '') };
}
