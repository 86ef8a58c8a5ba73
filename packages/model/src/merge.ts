import type { Content, ContentDocument, SectionName } from './schema.js';
import { SECTION_NAMES } from './section-names.js';
import { REFERENCE_RULES, idsOf, itemsOf, type ReferenceRule } from './reference-rules.js';
import { plainCopy } from './plain-copy.js';

type LooseContent = Partial<Record<SectionName, unknown>>;

/** Whether `document` supplies `name` itself (an own, defined property; inherited keys never count). */
export function supplies(document: object, name: SectionName): boolean {
  return Object.hasOwn(document, name) && (document as Record<string, unknown>)[name] !== undefined;
}

/**
 * Drops what no longer resolves from default sections once the document replaced the sections they point
 * into: a partnership keeps the partners that still exist, a partner whose sector is gone is dropped, a
 * principle loses a `prevents` that names a missing challenge. Sections the document supplied are left alone:
 * their dangling references are the document's problems, reported by validation.
 */
function pruneDefaults(
  content: LooseContent,
  provided: ReadonlySet<SectionName>,
  rules: readonly ReferenceRule[],
): void {
  for (const rule of rules) {
    if (provided.has(rule.from) || !(rule.from in content) || !(rule.to in content)) continue;
    const known = idsOf(content[rule.to]);
    const kept: Record<string, unknown>[] = [];
    for (const item of itemsOf(content[rule.from])) {
      const value = item[rule.field];
      if (rule.many) {
        kept.push({
          ...item,
          [rule.field]: Array.isArray(value) ? value.filter((ref) => known.has(ref)) : [],
        });
      } else if (value === undefined || known.has(value)) {
        kept.push(item);
      } else if (rule.optional) {
        kept.push(Object.fromEntries(Object.entries(item).filter(([key]) => key !== rule.field)));
      }
      // else: a required reference that no longer resolves; the item cannot stand and is dropped.
    }
    content[rule.from] = kept;
  }
}

/**
 * The shared merge behind {@link mergeContent} and `parseSections`: for each of `names`, the document's
 * section if it supplies one, else a copy of the default; then default items are pruned by `rules`.
 * `validated`: the document is the validator's output, whose objects and lists valibot built itself and
 * shares with nothing, so its sections are taken as they are (copying 10,000 items again costs tens of
 * milliseconds); the defaults are copied all the same, since the model keeps them.
 */
export function mergeSections(
  names: readonly SectionName[],
  defaults: Readonly<LooseContent>,
  document: unknown,
  rules: readonly ReferenceRule[],
  validated = false,
): LooseContent {
  const merged: LooseContent = {};
  const provided = new Set<SectionName>();
  // Untyped callers may pass anything as the document; nothing but an object can supply sections.
  const source = typeof document === 'object' && document !== null ? document : {};
  for (const name of names) {
    if (supplies(source, name)) {
      provided.add(name);
      const section = (source as Record<string, unknown>)[name];
      merged[name] = validated ? section : plainCopy(section);
    } else if (Object.hasOwn(defaults, name)) {
      merged[name] = plainCopy(defaults[name]);
    }
  }
  pruneDefaults(merged, provided, rules);
  return merged;
}

/**
 * Returns a new content object: every section the (already validated) document supplies replaces the
 * default section whole; the rest are the defaults. Never mutates its inputs; never copies `__proto__`,
 * `constructor` or `prototype` keys. Default items whose references point into a replaced section and no
 * longer resolve are pruned (a partnership keeps only partners that still exist).
 */
export function mergeContent(defaults: Content, document: ContentDocument): Content {
  return mergeSections(SECTION_NAMES, defaults, document, REFERENCE_RULES) as Content;
}
