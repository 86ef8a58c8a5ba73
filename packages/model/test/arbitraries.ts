/**
 * fast-check generators of content documents: arbitrary JSON, and — more useful — real documents broken in
 * random places (a value replaced, a key removed or added, an item duplicated), since arbitrary JSON almost
 * always fails at the top level and never reaches the deeper checks.
 */
import fc from 'fast-check';
import { defaultContent, type SectionName } from '../src/index.js';
import { HIDDEN_CHARACTERS } from './corpus.js';

export const SECTIONS: readonly SectionName[] = Object.keys(defaultContent.id) as SectionName[];

/** Keys that attack prototypes, plus near-misses of real keys. */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'quesiton',
  'id',
  'partners',
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Mutation {
  readonly target: number;
  readonly kind: 'replace' | 'remove' | 'add' | 'duplicate' | 'retarget';
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('replace', 'remove', 'add', 'duplicate', 'retarget'),
  // Full Unicode, control and direction characters included: keys are echoed in paths and messages.
  key: fc.oneof(hostileKey, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('', '   ', 'tidak-ada', 'visi-bersama', 'x'.repeat(20_001)),
  ),
});

/** Every container in `root` with its parent, so a mutation can pick one by number. */
function containers(root: Json): { node: Json[] | { [key: string]: Json } }[] {
  const found: { node: Json[] | { [key: string]: Json } }[] = [];
  const pending: Json[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node === 'object' && node !== null) {
      found.push({ node });
      pending.push(...Object.values(node));
    }
  }
  return found;
}

/** Defines an own property even for `__proto__`, the way JSON.parse does. */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(root: Json, { target, kind, key, value }: Mutation): void {
  const all = containers(root);
  const chosen = all[target % Math.max(all.length, 1)];
  if (chosen === undefined) return;
  const { node } = chosen;
  const keys = Object.keys(node);
  const someKey = keys[target % Math.max(keys.length, 1)];
  if (Array.isArray(node)) {
    const index = target % Math.max(node.length, 1);
    if (kind === 'remove') node.splice(index, 1);
    else if (kind === 'duplicate' && node.length > 0) node.push(structuredClone(node[index] ?? null));
    else if (kind === 'add') node.push(value as Json);
    else node[index] = value as Json;
    return;
  }
  if (kind === 'remove' && someKey !== undefined) Reflect.deleteProperty(node, someKey);
  else if (kind === 'add') define(node, key, value);
  else if (kind === 'retarget' && 'id' in node) define(node, 'id', value);
  else if (someKey !== undefined) define(node, someKey, value);
}

/** A real document (some sections of the article, in either language) with 0–6 random mutations. */
export const mutatedDocument: fc.Arbitrary<unknown> = fc
  .record({
    locale: fc.constantFrom('id' as const, 'en' as const),
    sections: fc.subarray([...SECTIONS]),
    mutations: fc.array(mutation, { maxLength: 6 }),
  })
  .map(({ locale, sections, mutations }) => {
    const document = JSON.parse(
      JSON.stringify(Object.fromEntries(sections.map((name) => [name, defaultContent[locale][name]]))),
    ) as Json;
    for (const change of mutations) applyMutation(document, change);
    // Round-trip through text, as a real document arrives: `__proto__` stays an own key.
    return JSON.parse(JSON.stringify(document)) as unknown;
  });

/** Anything JSON can hold, plus mutated real documents. */
export const anyDocument: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.oneof(fc.constantFrom(...SECTIONS), hostileKey), fc.jsonValue({ maxDepth: 4 })),
  mutatedDocument,
);

/** A document made only of valid sections (items may be dropped), so references may or may not resolve. */
export const partialDocument: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    locale: fc.constantFrom('id' as const, 'en' as const),
    sections: fc.subarray([...SECTIONS]),
    keep: fc.infiniteStream(fc.boolean()),
  })
  .map(({ locale, sections, keep }) => {
    const iterator = keep[Symbol.iterator]();
    return Object.fromEntries(
      sections.map((name) => {
        const section: unknown = structuredClone(defaultContent[locale][name]);
        return [
          name,
          Array.isArray(section) ? section.filter(() => iterator.next().value === true) : section,
        ];
      }),
    );
  });

/**
 * An address with one to three hidden characters (see HIDDEN_CHARACTERS) put anywhere: in the scheme of
 * `javascript:` in any casing, around its colon, or in an allowed address.
 */
export const hiddenCharacterUrl: fc.Arbitrary<string> = fc
  .record({
    url: fc.oneof(
      fc.constantFrom('javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,x', '/mitra', 'logo.png'),
      fc.mixedCase(fc.constant('javascript:alert(1)')),
      fc.webUrl(),
    ),
    hidden: fc.array(fc.tuple(fc.constantFrom(...HIDDEN_CHARACTERS), fc.nat()), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ url, hidden }) =>
    hidden.reduce((text, [character, at]) => {
      const position = at % (text.length + 1);
      return `${text.slice(0, position)}${character}${text.slice(position)}`;
    }, url),
  );
