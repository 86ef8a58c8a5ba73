/**
 * The contract every element keeps with the frameworks that drive it (React, Vue, Svelte, Storybook's
 * controls): the element is created by script and put on the page first, and only then given its
 * properties and attributes, which are later replaced, removed, and kept while the element is taken out
 * and put back or moved under another parent. After each change ONE `await element.updateComplete` is
 * enough for a reader to see it, in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resolveLocale, type Locale, type SectionHeader } from '@ketahanan/model';

/** The two languages every contract is checked in. */
export const LOCALES = ['id', 'en'] as const satisfies readonly Locale[];

/** One public property or attribute, and what a reader sees of it. */
// Methods rather than function-typed fields: a list of contracts for values of different types is then a
// plain `PropertyContract<E>[]`.
export interface PropertyContract<E extends HTMLElement, V = unknown> {
  /** As the test names read: `heading-level`, `content (JSON text)`. */
  readonly name: string;
  /** Two different values: the second replaces the first. */
  readonly values: readonly [V, V];
  set(element: E, value: V): void;
  /** Takes the value away again (attribute removed, property set to `undefined`), back to the default. */
  unset?(element: E): void;
  /** What a reader sees that depends on the value (may act first, such as pressing a key). */
  shown(element: E): unknown;
  /** What `shown` gives for `value` (`undefined`: the default) in `locale`. */
  expected(value: V | undefined, locale: Locale): unknown;
  /** The value is loaded (`src`): after the one update the element says it is loading, then shows it. */
  readonly loads?: boolean;
}

export interface ContractOptions<E extends HTMLElement> {
  /** `form`: the element is placed in a `<form>` (for form-associated elements). Default `div`. */
  readonly parent?: 'div' | 'form';
  /** Runs on every freshly mounted element before the contract's first change (e.g. give it content). */
  readonly prepare?: (element: E) => void | Promise<void>;
}

const parents: HTMLElement[] = [];

afterEach(() => {
  for (const parent of parents.splice(0)) parent.remove();
});

/** A parent on the page, speaking `locale`. */
function newParent(locale: Locale, kind: 'div' | 'form' = 'div'): HTMLElement {
  const parent = document.createElement(kind);
  parent.lang = locale;
  document.body.append(parent);
  parents.push(parent);
  return parent;
}

/**
 * Mounts `tag` as a framework does: `document.createElement`, appended to a parent that speaks `locale`,
 * and one update awaited. Properties come afterwards.
 */
export async function mountLikeAFramework<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  locale: Locale,
  parent: 'div' | 'form' = 'div',
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  newParent(locale, parent).append(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

const updated = (element: HTMLElement) =>
  (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;

/** Mounts like a framework (see {@link mountLikeAFramework}), then applies the options' `prepare`. */
async function mountPrepared<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  locale: Locale,
  options: ContractOptions<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K]> {
  const element = await mountLikeAFramework(tag, locale, options.parent);
  if (options.prepare) {
    await options.prepare(element);
    await updated(element);
  }
  return element;
}

/**
 * A contract for an attribute, set with `setAttribute` and taken away with `removeAttribute`, as a
 * framework writes plain HTML attributes. `expected(undefined, locale)` is the default.
 */
export function attributeContract<E extends HTMLElement>(
  attribute: string,
  values: readonly [string, string],
  shown: (element: E) => unknown,
  expected: (value: string | undefined, locale: Locale) => unknown,
): PropertyContract<E> {
  return {
    name: attribute,
    values,
    set: (element, value: string) => {
      element.setAttribute(attribute, value);
    },
    unset: (element) => {
      element.removeAttribute(attribute);
    },
    shown,
    expected,
  };
}

/**
 * `section-header` (a boolean attribute, off by default): the section's title as a heading of
 * `heading-level` (3 here) and its intro above the content, and the element's own headings one level
 * deeper; without it, neither, and the element's headings at 3. `header(locale)` is the built-in section
 * header; `ownHeading` finds the element's first own heading.
 */
export function sectionHeaderContract<E extends HTMLElement>(
  header: (locale: Locale) => SectionHeader,
  ownHeading: (element: E) => Element | null | undefined,
): PropertyContract<E, boolean> {
  return {
    name: 'section-header',
    values: [true, false],
    set: (element, on) => {
      element.toggleAttribute('section-header', on);
    },
    unset: (element) => {
      element.removeAttribute('section-header');
    },
    shown: (element) => {
      const part = (name: string) => element.shadowRoot?.querySelector(`[part="${name}"]`);
      return [
        part('section-title')?.localName,
        part('section-title')?.textContent.trim(),
        part('section-intro')?.textContent.trim(),
        ownHeading(element)?.localName,
      ];
    },
    expected: (on, locale) =>
      on ? ['h3', header(locale).title, header(locale).intro, 'h4'] : [undefined, undefined, undefined, 'h3'],
  };
}

/** Checks what a reader sees after the ONE update that followed a change. */
async function expectShown<E extends HTMLElement, V>(
  element: E,
  contract: PropertyContract<E, V>,
  value: V | undefined,
  locale: Locale,
): Promise<void> {
  await updated(element);
  const expected = contract.expected(value, locale);
  if (contract.loads && value !== undefined) {
    expect(element.shadowRoot?.querySelector('[part="loading"]'), 'the loading line').not.toBeNull();
    await expect.poll(() => contract.shown(element), { timeout: 12_000 }).toEqual(expected);
  } else {
    expect(await contract.shown(element)).toEqual(expected);
  }
}

/**
 * For each contract, in both languages: set after the first render, replaced, removed, set while the
 * element is off the page and then re-inserted, and kept when the element moves to another parent.
 */
export function describePropertyContracts<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  contracts: readonly PropertyContract<HTMLElementTagNameMap[K]>[],
  options: ContractOptions<HTMLElementTagNameMap[K]> = {},
): void {
  const mount = (locale: Locale) => mountPrepared(tag, locale, options);
  describe.each(LOCALES)(`<${tag}> used like a framework does, in lang="%s"`, (locale) => {
    for (const contract of contracts) {
      const [first, second] = contract.values;
      describe(contract.name, () => {
        it('shows the value set after the first render', async () => {
          const element = await mount(locale);
          contract.set(element, first);
          await expectShown(element, contract, first, locale);
        });

        it('shows a value that replaces it', async () => {
          const element = await mount(locale);
          contract.set(element, first);
          await updated(element);
          contract.set(element, second);
          await expectShown(element, contract, second, locale);
        });

        if (contract.unset) {
          it('goes back to the default when it is removed', async () => {
            const element = await mount(locale);
            contract.set(element, first);
            await updated(element);
            contract.unset?.(element);
            await expectShown(element, contract, undefined, locale);
          });
        }

        it('shows a value set while the element was off the page, once it is re-inserted', async () => {
          const element = await mount(locale);
          const parent = element.parentElement;
          contract.set(element, first);
          await updated(element);
          element.remove();
          contract.set(element, second);
          parent?.append(element);
          await expectShown(element, contract, second, locale);
        });

        it('keeps the value when the element moves to another parent', async () => {
          const element = await mount(locale);
          contract.set(element, first);
          await updated(element);
          newParent(locale, options.parent).append(element);
          await expectShown(element, contract, first, locale);
        });
      });
    }
  });
}

/**
 * The language contract, the same for every element: `lang` on the element and on an ancestor, set after
 * the first render, replaced and removed, and the language of a new parent after a move. `shown` reads
 * something the element words in its language; `expected` is that text in a locale.
 */
export function describeLanguageContract<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  shown: (element: HTMLElementTagNameMap[K]) => unknown,
  expected: (locale: Locale) => unknown,
  options: ContractOptions<HTMLElementTagNameMap[K]> = {},
): void {
  const mount = (locale: Locale) => mountPrepared(tag, locale, options);
  const pageLocale = () => resolveLocale(document.documentElement.getAttribute('lang'));

  describe.each(LOCALES)(`<${tag}> in a page part that says lang="%s"`, (locale) => {
    const other: Locale = locale === 'id' ? 'en' : 'id';

    it('speaks the language of `lang` set on the element after the first render, and of its replacement', async () => {
      const element = await mount(locale);
      expect(shown(element)).toEqual(expected(locale));
      element.lang = other;
      await updated(element);
      expect(shown(element)).toEqual(expected(other));
      element.lang = locale;
      await updated(element);
      expect(shown(element)).toEqual(expected(locale));
    });

    it('speaks its parent’s language again when its own `lang` is removed', async () => {
      const element = await mount(locale);
      element.lang = other;
      await updated(element);
      element.removeAttribute('lang');
      await updated(element);
      expect(shown(element)).toEqual(expected(locale));
    });

    it('follows a `lang` change on an ancestor, and its removal', async () => {
      const element = await mount(locale);
      const parent = element.parentElement as HTMLElement;
      parent.lang = other;
      await updated(element);
      expect(shown(element)).toEqual(expected(other));
      parent.removeAttribute('lang');
      await updated(element);
      expect(shown(element)).toEqual(expected(pageLocale()));
    });

    it('speaks the language of a new parent after a move, and keeps it after a re-insert', async () => {
      const element = await mount(locale);
      newParent(other, options.parent).append(element);
      await updated(element);
      expect(shown(element)).toEqual(expected(other));
      const parent = element.parentElement as HTMLElement;
      element.remove();
      parent.append(element);
      await updated(element);
      expect(shown(element)).toEqual(expected(other));
    });
  });
}

/** A `src` URL the test server answers with `document` (after `delay` milliseconds). */
export const jsonUrl = (document: unknown, delay = 0): string =>
  `/__kl/json?body=${encodeURIComponent(JSON.stringify(document))}${delay ? `&delay=${String(delay)}` : ''}`;

/** An element with a content source: `content`, `src`. */
interface ContentElement extends HTMLElement {
  content: unknown;
  src: string | undefined;
  timeout: number;
}

/**
 * The content contracts every content element shares: `content` as an object and as JSON text, and `src`,
 * each given two valid documents. `shown` reads what the document changes; `expected(document)` is
 * that for a document, and `expected(undefined, locale)` for the built-in content.
 */
export function contentContracts<E extends ContentElement, D>(
  documents: readonly [D, D],
  shown: (element: E) => unknown,
  expected: (document: D | undefined, locale: Locale) => unknown,
): PropertyContract<E>[] {
  const contracts: PropertyContract<E, D>[] = [
    {
      name: 'content (an object)',
      values: documents,
      set: (element, document) => {
        element.content = document;
      },
      unset: (element) => {
        element.content = undefined;
      },
      shown,
      expected,
    },
    {
      name: 'content (JSON text)',
      values: documents,
      set: (element, document) => {
        element.content = JSON.stringify(document);
      },
      unset: (element) => {
        element.content = null;
      },
      shown,
      expected,
    },
    {
      name: 'src',
      values: documents,
      set: (element, document) => {
        element.setAttribute('src', jsonUrl(document));
      },
      unset: (element) => {
        element.removeAttribute('src');
      },
      shown,
      expected,
      loads: true,
    },
  ];
  return contracts;
}

/**
 * `timeout`, set after the first render, applies to the next `src` load: a source that never answers
 * ends in the error state naming the new time limit, in the element's language.
 */
export function describeTimeoutContract(tag: keyof HTMLElementTagNameMap): void {
  describe.each(LOCALES)(`<${tag}> timeout, in lang="%s"`, (locale) => {
    it('waits for `src` as long as a `timeout` set after the first render says', async () => {
      const element = (await mountLikeAFramework(tag, locale)) as unknown as ContentElement;
      element.timeout = 1200;
      element.src = '/__kl/hang';
      await updated(element);
      expect(element.shadowRoot?.querySelector('[part="loading"]')).not.toBeNull();
      const alert = () => element.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
      await expect.poll(alert, { timeout: 12_000 }).toMatch(locale === 'id' ? /2 detik/ : /2 seconds/);
    });
  });
}
