import * as v from 'valibot';
import { ContentEntries, type Content, type SectionName } from './schema.js';
import { resolveLocale, type Locale } from './locale.js';
import type { Problem } from './problems.js';
import type { Section } from './sections.js';
import { isUnknownKeyIssue, issuesToProblems } from './issues.js';
import { findUnknownKeys } from './unknown-keys.js';
import { checkReferences } from './references.js';
import { mergeSections, supplies } from './merge.js';
import { REFERENCE_RULES, rulesOf, type ReferenceRule } from './reference-rules.js';
import { quote, say, valueKind } from './messages.js';
import { formatPath } from './problems.js';
import { SECTION_NAMES } from './section-names.js';
import { defaultContent } from './defaults.js';
import { localizeFields } from './localized-text.js';

export type ParseResult<C> =
  | { readonly ok: true; readonly content: C; readonly provided: readonly SectionName[] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** True when `maxProblems` cut the list short: the document has more problems than listed. */
      readonly more?: true;
    };

export interface ParseOptions {
  /** Language of the problem messages (and of the defaults merged under the document). Default `id`. */
  readonly locale?: Locale;
  /**
   * At most this many problems, the first in document order; `more` says when there were others. A
   * long list is then checked only as far as it takes to find them, so 10,000 wrong items cost about as
   * little as one. Default: every problem.
   */
  readonly maxProblems?: number;
}

function isDocumentObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * Problems grouped by section in the article's order (whole-document and unknown-key problems first), so a
 * reference problem sits beside the schema problems of its own section. The sort is stable.
 */
function inDocumentOrder(problems: readonly Problem[], names: readonly SectionName[]): Problem[] {
  const rank = (problem: Problem): number => {
    const section = /^[A-Za-z]+/.exec(problem.path)?.[0];
    return names.indexOf(section as SectionName) + 1;
  };
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/** The problems of one section that failed its schema: valibot's issues, with every unknown key listed. */
function sectionProblems(
  schema: v.GenericSchema,
  value: unknown,
  name: SectionName,
  issues: readonly v.BaseIssue<unknown>[],
  locale: Locale,
): Problem[] {
  const problems = issuesToProblems(
    issues.filter((issue) => !isUnknownKeyIssue(issue)),
    [name],
    locale,
  );
  for (const path of findUnknownKeys(schema, value, [name])) {
    problems.push({
      path: formatPath(path),
      message: say(locale, 'unknownKey', { key: quote(String(path.at(-1))) }),
    });
  }
  // Never report a failure without saying why, even if the two walks were ever to disagree.
  return problems.length > 0 ? problems : issuesToProblems(issues, [name], locale);
}

/**
 * A failed section value cut to the shortest start of its list that has `max` issues (lists are checked
 * item by item, and an item keeps its index in a start of the list), or whole when none has them.
 */
function firstIssues(
  schema: v.GenericSchema,
  value: unknown,
  max: number,
): { value: unknown; issues: readonly v.BaseIssue<unknown>[]; cut: boolean } {
  if (Array.isArray(value)) {
    for (let length = max; length < value.length; length *= 4) {
      const start = value.slice(0, length);
      const result = v.safeParse(schema, start);
      if (!result.success && result.issues.length >= max)
        return { value: start, issues: result.issues, cut: true };
    }
  }
  return { value, issues: v.safeParse(schema, value).issues ?? [], cut: false };
}

/** The engine of both entry points, given the sections to read and their defaults in the chosen locale. */
function parseGiven(
  input: unknown,
  names: readonly SectionName[],
  schemas: Readonly<Partial<Record<SectionName, v.GenericSchema>>>,
  defaults: Readonly<Partial<Record<SectionName, unknown>>>,
  locale: Locale,
  extraProblems: readonly Problem[],
  rules: readonly ReferenceRule[],
  maxProblems: number | undefined,
): ParseResult<Partial<Content>> {
  if (!isDocumentObject(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: say(locale, 'notAnObject', { found: say(locale, valueKind(input)) }) }],
    };
  }
  const problems: Problem[] = [...extraProblems];
  const valid: Record<string, unknown> = {};
  const provided: SectionName[] = [];
  let cut = false;
  for (const name of names) {
    if (!supplies(input, name)) continue;
    const schema = schemas[name];
    if (schema === undefined) continue;
    // A bilingual document's `{ "id": …, "en": … }` texts become this locale's (see localized-text.ts).
    const section = localizeFields(input[name], locale);
    // With a cap, a failing section stops at its first issue, and then is checked only as far as needed.
    const result = v.safeParse(schema, section, { abortEarly: maxProblems !== undefined });
    if (result.success) {
      valid[name] = result.output;
      provided.push(name);
    } else {
      const first =
        maxProblems === undefined
          ? { value: section, issues: result.issues, cut: false }
          : firstIssues(schema, section, maxProblems);
      cut ||= first.cut;
      problems.push(...sectionProblems(schema, first.value, name, first.issues, locale));
    }
  }
  // Sections that failed their schema are left out entirely, so references into them are not checked
  // (and cannot produce a second, confusing problem for the same mistake).
  const failed = names.filter((name) => supplies(input, name) && !(name in valid));
  const usable = names.filter((name) => !failed.includes(name));
  const merged = mergeSections(usable, defaults, valid, rules);
  problems.push(...checkReferences(merged, new Set(provided), locale, rules));
  if (problems.length === 0) return { ok: true, content: merged as Partial<Content>, provided };
  const ordered = inDocumentOrder(problems, names);
  return maxProblems !== undefined && (cut || ordered.length > maxProblems)
    ? { ok: false, problems: ordered.slice(0, maxProblems), more: true }
    : { ok: false, problems: ordered };
}

/** Untyped callers may pass anything as options; a wrong value must not throw. */
function localeOf(options: ParseOptions | undefined): Locale {
  const locale: unknown = (options as { locale?: unknown } | null | undefined)?.locale;
  return resolveLocale(typeof locale === 'string' ? locale : undefined);
}

/** `maxProblems` when it is a whole number of at least 1; anything else lists every problem. */
function maxProblemsOf(options: ParseOptions | undefined): number | undefined {
  const max: unknown = (options as { maxProblems?: unknown } | null | undefined)?.maxProblems;
  return Number.isSafeInteger(max) && (max as number) > 0 ? (max as number) : undefined;
}

/** The last line of defence for the "never throws" promise (a hostile getter, a Proxy, a revoked object). */
function guarded<C>(locale: Locale, parse: () => ParseResult<C>): ParseResult<C> {
  try {
    return parse();
  } catch {
    return { ok: false, problems: [{ path: '', message: say(locale, 'unexpected') }] };
  }
}

/**
 * Validates a whole site-owner document strictly (unknown top-level keys are problems), merges it over the
 * built-in defaults of `locale` and checks every cross-reference. `provided` lists the sections the
 * document itself supplied.
 */
export function parseContent(input: unknown, options?: ParseOptions): ParseResult<Content> {
  const locale = localeOf(options);
  return guarded(locale, () => {
    const topLevel: Problem[] = [];
    if (isDocumentObject(input)) {
      for (const key of Object.keys(input)) {
        if (key === '$schema') {
          if (typeof input[key] !== 'string') {
            topLevel.push({
              path: formatPath([key]),
              message: say(locale, 'expected', {
                expected: say(locale, 'text'),
                found: say(locale, valueKind(input[key])),
              }),
            });
          }
        } else if (!(SECTION_NAMES as readonly string[]).includes(key)) {
          topLevel.push({
            path: formatPath([key]),
            message: say(locale, 'unknownSection', { section: quote(key), known: SECTION_NAMES.join(', ') }),
          });
        }
      }
    }
    return parseGiven(
      input,
      SECTION_NAMES,
      ContentEntries,
      defaultContent[locale],
      locale,
      topLevel,
      REFERENCE_RULES,
      maxProblemsOf(options),
    ) as ParseResult<Content>;
  });
}

/**
 * What elements use: validates only the given sections of a document (other keys are ignored, since a
 * site may share one JSON file among widgets), merges them over those sections' defaults and checks the
 * cross-references between the sections given. Keeps bundles small: only these sections' schemas and
 * texts are pulled in.
 */
export function parseSections<const S extends readonly Section[]>(
  input: unknown,
  sections: S,
  options?: ParseOptions,
): ParseResult<Pick<Content, S[number]['name']>> {
  const locale = localeOf(options);
  return guarded(locale, () => {
    // A section listed twice is read once.
    const names = [...new Set(sections.map((section) => section.name))];
    const schemas = Object.fromEntries(sections.map((section) => [section.name, section.schema]));
    const defaults = Object.fromEntries(sections.map((section) => [section.name, section.defaults[locale]]));
    return parseGiven(
      input,
      names,
      schemas,
      defaults,
      locale,
      [],
      rulesOf(sections),
      maxProblemsOf(options),
    ) as ParseResult<Pick<Content, S[number]['name']>>;
  });
}
