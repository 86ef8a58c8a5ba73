/**
 * What the studio edits: a content document exactly as the model reads it (plain JSON values, text fields
 * as `{ "id": …, "en": … }` where both languages are given). Keeping the draft in the model's own shape
 * means the exported file is the draft itself, and every key the forms do not show (an imported `meta`, a
 * partner's `logo`) survives untouched.
 */
export type Draft = Readonly<Record<string, unknown>>;

/** A place in the draft: `['faq', 2, 'answer']`. */
export type DraftPath = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is a JSON object the studio can use as a draft (not an array, not null). */
export function isDraft(value: unknown): value is Draft {
  return isRecord(value);
}

/** The value at `path`, or `undefined` where the path leads nowhere. */
export function readAt(value: unknown, path: DraftPath): unknown {
  let here = value;
  for (const step of path) {
    if (typeof step === 'number' ? !Array.isArray(here) : !isRecord(here)) return undefined;
    here = (here as Record<string | number, unknown>)[step];
  }
  return here;
}

/** A copy of `container` with `value` at `path`; `undefined` removes the key (or list item). */
function writeInto(container: unknown, path: DraftPath, value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (typeof step === 'number') {
    const list = Array.isArray(container) ? [...(container as unknown[])] : [];
    const inner = writeInto(list[step], rest, value);
    if (inner === undefined) list.splice(step, 1);
    else list[step] = inner;
    return list;
  }
  const object: Record<string, unknown> = isRecord(container) ? container : {};
  const inner = writeInto(object[step], rest, value);
  // Rebuilt rather than copied and `delete`d: the key order stays the document's, and a removed key goes.
  const entries = Object.entries(object).filter(([key]) => key !== step);
  if (inner === undefined) return Object.fromEntries(entries);
  return Object.hasOwn(object, step)
    ? Object.fromEntries(Object.entries(object).map(([key, old]) => [key, key === step ? inner : old]))
    : Object.fromEntries([...entries, [step, inner]]);
}

/** A new draft with `value` at `path` (the old one is never changed, so Lit sees every edit). */
export function writeAt(draft: Draft, path: DraftPath, value: unknown): Draft {
  return writeInto(draft, path, value) as Draft;
}

/** A new draft with the list at `path` changed by `change` (given a copy, so it may mutate it). */
export function changeList(draft: Draft, path: DraftPath, change: (items: unknown[]) => void): Draft {
  const current = readAt(draft, path);
  const items = Array.isArray(current) ? [...(current as unknown[])] : [];
  change(items);
  return writeAt(draft, path, items);
}
