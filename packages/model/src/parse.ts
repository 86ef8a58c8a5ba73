import * as v from 'valibot';
import { ContentEntries, MAX_ITEMS, type Content, type SectionName } from './schema.js';
import { resolveLocale, type Locale } from './locale.js';
import type { Problem } from './problems.js';
import type { Section } from './sections.js';
import { isUnknownKeyIssue, issuesToProblems } from './issues.js';
import { findUnknownKeys } from './unknown-keys.js';
import { checkReferences } from './references.js';
import { mergeSections, supplies } from './merge.js';
import { REFERENCE_RULES, rulesOf, type ReferenceRule } from './reference-rules.js';
import { quote, say, valueKind } from './messages.js';
import { formatPath, type PathSegment } from './problems.js';
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

/** A parse done in steps (see {@link parseSectionsInSteps}): each `next()` a step, the last one's value the result. */
export type ParseSteps<C> = Generator<void, ParseResult<C>, void>;

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

/** The problems of one value that failed `schema` (a section, or an item at `prefix`), every unknown key listed. */
function sectionProblems(
  schema: v.GenericSchema,
  value: unknown,
  prefix: readonly PathSegment[],
  issues: readonly v.BaseIssue<unknown>[],
  locale: Locale,
): Problem[] {
  const problems = issuesToProblems(
    issues.filter((issue) => !isUnknownKeyIssue(issue)),
    prefix,
    locale,
  );
  for (const path of findUnknownKeys(schema, value, prefix)) {
    problems.push({
      path: formatPath(path),
      message: say(locale, 'unknownKey', { key: quote(String(path.at(-1))) }),
    });
  }
  // Never report a failure without saying why, even if the two walks were ever to disagree.
  return problems.length > 0 ? problems : issuesToProblems(issues, prefix, locale);
}

/**
 * Items of a list checked between two steps: a few milliseconds of work even for the largest items on a
 * slow phone, so a caller that gives the main thread back at steps never holds it long.
 */
const ITEMS_PER_STEP = 100;

/** A section's outcome: its valid value, or its problems and whether more were left unchecked. */
type SectionOutcome =
  | { readonly valid: true; readonly output: unknown }
  | { readonly valid: false; readonly problems: Problem[]; readonly cut: boolean };

/**
 * A list section under a problem cap, {@link ITEMS_PER_STEP} items a step: a run of valid items is checked
 * as one list; a run that fails is checked item by item, and the check stops once `max` problems are found.
 * Item by item, paths and messages are those of the whole list (an item is checked by the same schema).
 */
function* listSteps(
  item: v.GenericSchema,
  listSchema: v.GenericSchema,
  items: readonly unknown[],
  name: SectionName,
  locale: Locale,
  max: number,
): Generator<void, SectionOutcome, void> {
  const output: unknown[] = [];
  const problems: Problem[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_STEP) {
    // A bilingual document's `{ "id": …, "en": … }` texts become this locale's (see localized-text.ts).
    const run: unknown[] = items
      .slice(start, start + ITEMS_PER_STEP)
      .map((item) => localizeFields(item, locale, true, 1));
    const result = v.safeParse(listSchema, run);
    if (result.success) output.push(...(result.output as unknown[]));
    else {
      for (const [offset, entry] of run.entries()) {
        const itemResult = v.safeParse(item, entry);
        if (itemResult.success) continue;
        problems.push(...sectionProblems(item, entry, [name, start + offset], itemResult.issues, locale));
        if (problems.length >= max)
          return { valid: false, problems, cut: start + offset + 1 < items.length || problems.length > max };
      }
    }
    yield;
  }
  if (problems.length > 0) return { valid: false, problems, cut: false };
  // The one check of the whole list (every list section's `list()` in schema.ts), after its items, as valibot does.
  if (items.length > MAX_ITEMS)
    return {
      valid: false,
      problems: [{ path: formatPath([name]), message: say(locale, 'tooManyItems', { max: MAX_ITEMS }) }],
      cut: false,
    };
  return { valid: true, output };
}

/** Any section checked whole: every problem, or with a cap, the first problem's start of the list. */
function sectionWhole(
  schema: v.GenericSchema,
  value: unknown,
  name: SectionName,
  locale: Locale,
  max: number | undefined,
): SectionOutcome {
  // A bilingual document's `{ "id": …, "en": … }` texts become this locale's (see localized-text.ts).
  const section = localizeFields(value, locale);
  const result = v.safeParse(schema, section, { abortEarly: max !== undefined });
  if (result.success) return { valid: true, output: result.output };
  const issues = max === undefined ? result.issues : (v.safeParse(schema, section).issues ?? result.issues);
  return { valid: false, problems: sectionProblems(schema, section, [name], issues, locale), cut: false };
}

/** The engine of every entry point, given the sections to read and their defaults in the chosen locale. */
function* parseGiven(
  input: unknown,
  names: readonly SectionName[],
  schemas: Readonly<Partial<Record<SectionName, v.GenericSchema>>>,
  defaults: Readonly<Partial<Record<SectionName, unknown>>>,
  locale: Locale,
  extraProblems: readonly Problem[],
  rules: readonly ReferenceRule[],
  maxProblems: number | undefined,
): ParseSteps<Partial<Content>> {
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
    const value = input[name];
    // A list section's item schema (valibot's array schema keeps it as `item`, also inside `v.pipe`).
    const item = (schema as { item?: v.GenericSchema }).item;
    // With a cap (what elements ask for), a long list is checked a step at a time and only as far as needed.
    const outcome =
      maxProblems !== undefined && item !== undefined && Array.isArray(value)
        ? yield* listSteps(item, schema, value, name, locale, maxProblems)
        : sectionWhole(schema, value, name, locale, maxProblems);
    if (outcome.valid) {
      valid[name] = outcome.output;
      provided.push(name);
    } else {
      cut ||= outcome.cut;
      problems.push(...outcome.problems);
    }
    yield;
  }
  // Sections that failed their schema are left out entirely, so references into them are not checked
  // (and cannot produce a second, confusing problem for the same mistake).
  const failed = names.filter((name) => supplies(input, name) && !(name in valid));
  const usable = names.filter((name) => !failed.includes(name));
  const merged = mergeSections(usable, defaults, valid, rules, true);
  yield;
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
function* guarded<C>(locale: Locale, steps: () => ParseSteps<C>): ParseSteps<C> {
  try {
    return yield* steps();
  } catch {
    return { ok: false, problems: [{ path: '', message: say(locale, 'unexpected') }] };
  }
}

/** Runs a parse's steps one after another, at once. */
function allSteps<C>(steps: ParseSteps<C>): ParseResult<C> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Validates a whole site-owner document strictly (unknown top-level keys are problems), merges it over the
 * built-in defaults of `locale` and checks every cross-reference. `provided` lists the sections the
 * document itself supplied.
 */
export function parseContent(input: unknown, options?: ParseOptions): ParseResult<Content> {
  const locale = localeOf(options);
  return allSteps(
    guarded(locale, () => {
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
              message: say(locale, 'unknownSection', {
                section: quote(key),
                known: SECTION_NAMES.join(', '),
              }),
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
      ) as ParseSteps<Content>;
    }),
  );
}

/**
 * {@link parseSections} a step at a time, for a caller that must not hold the main thread long (elements
 * given 10,000 items): each `next()` does a few milliseconds of work, and the last returns the same result
 * `parseSections` would. The caller may wait between steps (give the browser a task) and may stop
 * calling, which abandons the parse. With `maxProblems`, a list is checked {@link ITEMS_PER_STEP} items a
 * step; without, a section a step.
 */
export function parseSectionsInSteps<const S extends readonly Section[]>(
  input: unknown,
  sections: S,
  options?: ParseOptions,
): ParseSteps<Pick<Content, S[number]['name']>> {
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
    ) as ParseSteps<Pick<Content, S[number]['name']>>;
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
  return allSteps(parseSectionsInSteps(input, sections, options));
}
