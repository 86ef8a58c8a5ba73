/**
 * A built-in section (name and texts) given its checks again: for code that validates a site's own
 * content apart from the file that shows it. The elements' script-tag files carry only the texts
 * (built-in-sections.ts) and load the schemas with the validator when a page supplies content of its own.
 */
import type { BuiltInSection } from './built-in-sections.js';
import { REFERENCE_RULES } from './reference-rules.js';
import type { SectionName } from './schema.js';
import type { Section } from './sections.js';

/**
 * `builtIn` with `schema` (its section's, from schema.ts: passed in, so a bundle holds only the schemas
 * its caller names) and the cross-reference rules its items hold, found by name: what `parseSections`
 * reads.
 */
export function withChecks<N extends SectionName>(
  builtIn: BuiltInSection<N>,
  schema: Section<N>['schema'],
): Section<N> {
  const { name } = builtIn;
  return { ...builtIn, schema, references: REFERENCE_RULES.filter((rule) => rule.from === name) };
}
