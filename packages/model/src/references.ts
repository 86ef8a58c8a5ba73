/**
 * Checks what JSON Schema cannot: that every id is unique within its list and that every cross-reference
 * names an item that exists.
 */
import { quote, say } from './messages.js';
import { formatPath, type PathSegment, type Problem } from './problems.js';
import { idsOf, itemsOf, type ReferenceRule } from './reference-rules.js';
import type { Locale } from './locale.js';
import type { SectionName } from './schema.js';

/** Lists inside sections whose items carry ids: every list section, and the resilience aspects and threats. */
function idLists(
  name: SectionName,
  section: unknown,
): { path: PathSegment[]; items: readonly Record<string, unknown>[] }[] {
  if (name === 'resilience' && typeof section === 'object' && section !== null) {
    const { aspects, threats } = section as Record<string, unknown>;
    return [
      { path: [name, 'aspects'], items: itemsOf(aspects) },
      { path: [name, 'threats'], items: itemsOf(threats) },
    ];
  }
  return Array.isArray(section) ? [{ path: [name], items: itemsOf(section) }] : [];
}

function duplicateIds(name: SectionName, section: unknown, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  for (const list of idLists(name, section)) {
    // Indices, not paths: a path is written only for a duplicate (10,000 items would cost 10,000 paths).
    const firstSeen = new Map<unknown, number>();
    list.items.forEach((item, index) => {
      const first = firstSeen.get(item.id);
      if (first === undefined) firstSeen.set(item.id, index);
      else
        problems.push({
          path: formatPath([...list.path, index, 'id']),
          message: say(locale, 'duplicateId', {
            id: quote(String(item.id)),
            first: formatPath([...list.path, first]),
          }),
        });
    });
  }
  return problems;
}

/**
 * Problems in the sections named by `checked` (the ones the document supplied, already schema-valid):
 * duplicate ids, and references of `rules` that name nothing. `content` holds every section available to
 * resolve references against; a rule whose target section is absent from `content` is skipped (an element
 * that shows only challenges does not check principles).
 */
export function checkReferences(
  content: Readonly<Partial<Record<SectionName, unknown>>>,
  checked: ReadonlySet<SectionName>,
  locale: Locale,
  rules: readonly ReferenceRule[],
): Problem[] {
  const problems: Problem[] = [];
  for (const name of checked) problems.push(...duplicateIds(name, content[name], locale));
  for (const rule of rules) {
    if (!checked.has(rule.from) || !(rule.to in content)) continue;
    const known = idsOf(content[rule.to]);
    itemsOf(content[rule.from]).forEach((item, index) => {
      const value = item[rule.field];
      if (value === undefined) return;
      const refs: readonly unknown[] = rule.many && Array.isArray(value) ? value : [value];
      refs.forEach((ref, refIndex) => {
        if (known.has(ref)) return;
        const path: PathSegment[] = [rule.from, index, rule.field];
        if (rule.many) path.push(refIndex);
        problems.push({
          path: formatPath(path),
          message: say(locale, 'unknownReference', {
            target: say(locale, rule.target),
            id: quote(String(ref)),
          }),
        });
      });
    });
  }
  return problems;
}
