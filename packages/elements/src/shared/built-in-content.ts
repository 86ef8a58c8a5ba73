import type { Content, Locale, Section, SectionName } from '@ketahanan/model';

/**
 * The built-in content of `sections` in `locale`, as the model holds it. Never validated again in a
 * reader's browser: the model checks it when it is built and in its tests (every section, both locales,
 * every cross-reference), so running the validator over it on each page would only cost time. Shared, not
 * copied: elements only read their content.
 */
export function builtInContent<N extends SectionName>(
  sections: readonly Section<N>[],
  locale: Locale,
): Pick<Content, N> {
  const content: Partial<Pick<Content, N>> = {};
  for (const section of sections) content[section.name] = section.defaults[locale];
  return content as Pick<Content, N>;
}
