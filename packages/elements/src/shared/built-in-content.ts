import { LOCALES, type BuiltInSection, type Content, type Locale, type SectionName } from '@ketahanan/model';

/**
 * The built-in content of `sections` in `locale`, as the model holds it. Never validated again in a
 * reader's browser: the model checks it when it is built and in its tests (every section, both locales,
 * every cross-reference), so running the validator over it on each page would only cost time. Shared, not
 * copied: elements only read their content.
 */
export function builtInContent<N extends SectionName>(
  sections: readonly BuiltInSection<N>[],
  locale: Locale,
): Pick<Content, N> {
  const content: Partial<Pick<Content, N>> = {};
  for (const section of sections) content[section.name] = section.defaults[locale];
  return content as Pick<Content, N>;
}

/** A light-DOM fallback that is the built-in content itself: in which locale, and which sections it gave. */
export interface BuiltInMatch<N extends SectionName> {
  readonly locale: Locale;
  readonly provided: readonly N[];
}

/**
 * Whether `document` (read from an element's fallback markup) holds exactly the built-in texts of one
 * locale for every section it gives. The snippet writes that markup for readers without JavaScript, so most
 * pages hand the element its own article back: shown as the built-in content it is, it needs no
 * validation, and the page never downloads the validator (site-content.ts). Anything else is validated.
 */
export function matchBuiltIn<N extends SectionName>(
  sections: readonly BuiltInSection<N>[],
  document: unknown,
): BuiltInMatch<N> | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const given = sections.filter((section) => Object.hasOwn(document, section.name));
  const texts = (value: unknown) => JSON.stringify(value);
  const locale = LOCALES.find((candidate) =>
    given.every(
      (section) =>
        texts((document as Record<string, unknown>)[section.name]) === texts(section.defaults[candidate]),
    ),
  );
  return given.length > 0 && locale ? { locale, provided: given.map((section) => section.name) } : undefined;
}
