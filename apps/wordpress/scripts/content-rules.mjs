// The model's validation rules as data for the plugin's PHP validator, read from the model's own valibot
// schema (the one source that also generates schema.json). JSON Schema would lose what decides a document's
// problems: that text is trimmed before it is measured, that lengths count UTF-16 units, which check gives which
// message. Anything this walk does not know stops the build, so a new kind of rule cannot be skipped silently.
import {
  ContentEntries,
  MAX_CHARACTER_CODE_POINTS,
  TextSchema,
  UrlSchema,
  benefitsHeaderSection,
  benefitsSection,
  callToActionSection,
  challengesHeaderSection,
  challengesSection,
  conclusionSection,
  faqHeaderSection,
  faqSection,
  metaSection,
  partnersSection,
  partnershipsHeaderSection,
  partnershipsSection,
  principlesHeaderSection,
  principlesSection,
  reasonsHeaderSection,
  reasonsSection,
  resilienceSection,
  sectorsSection,
} from '@ketahanan/model';

const SECTIONS = [
  metaSection,
  resilienceSection,
  sectorsSection,
  partnersSection,
  reasonsHeaderSection,
  reasonsSection,
  principlesHeaderSection,
  principlesSection,
  partnershipsHeaderSection,
  partnershipsSection,
  benefitsHeaderSection,
  benefitsSection,
  challengesHeaderSection,
  challengesSection,
  conclusionSection,
  faqHeaderSection,
  faqSection,
  callToActionSection,
];

/**
 * The address pattern (no hidden character): the model words its failure as `hiddenCharacter`, naming the
 * character and its place, and every other pattern's as `badId` (issues.ts decides by this very object).
 */
const HIDDEN_CHARACTERS = UrlSchema.pipe.find((action) => action.type === 'regex')?.requirement;
if (!(HIDDEN_CHARACTERS instanceof RegExp)) unsupported('an address schema without its pattern');

/** Text's one check (a function, not data): the limit on stacked characters, which PHP runs with `\X`. */
const STACKED_CHARACTERS = TextSchema.pipe.find((action) => action.type === 'check')?.requirement;
if (typeof STACKED_CHARACTERS !== 'function')
  unsupported('a text schema without its stacked-character check');

function unsupported(what) {
  throw new Error(`content-rules: the PHP validator does not know ${what}; teach it (and this walk) first.`);
}

/** The actions of a valibot pipe after its schema, in order. */
function actionsOf(schema) {
  return (schema.pipe ?? []).slice(1).map((action) => {
    switch (action.type) {
      case 'trim':
      case 'non_empty':
        return { type: action.type };
      case 'max_length':
        return { type: action.type, requirement: action.requirement };
      case 'regex': {
        // PHP runs every pattern as PCRE with its `u` flag, which reads `\p{…}` and code points as JavaScript's does.
        const { flags, source } = action.requirement;
        if (flags !== '' && flags !== 'u') unsupported(`regex flags "${flags}"`);
        const message = action.requirement === HIDDEN_CHARACTERS ? 'hiddenCharacter' : 'badId';
        return { type: action.type, pattern: source, message };
      }
      case 'check':
        if (action.requirement !== STACKED_CHARACTERS) unsupported('a check other than stacked characters');
        return { type: action.type, requirement: MAX_CHARACTER_CODE_POINTS };
      default:
        return unsupported(`the action "${action.type}"`);
    }
  });
}

/** One valibot schema as a rule node the PHP Schema_Check runs. */
export function ruleNode(schema) {
  switch (schema.type) {
    case 'optional':
      if (schema.default !== undefined) unsupported('optional defaults');
      return { type: 'optional', wrapped: ruleNode(schema.wrapped) };
    case 'string':
      return { type: 'string', actions: actionsOf(schema) };
    case 'picklist':
      return { type: 'picklist', options: [...schema.options] };
    case 'array':
      return { type: 'array', item: ruleNode(schema.item), actions: actionsOf(schema) };
    case 'strict_object':
      return {
        type: 'strict_object',
        entries: Object.fromEntries(
          Object.entries(schema.entries).map(([key, entry]) => [key, ruleNode(entry)]),
        ),
        actions: actionsOf(schema),
      };
    default:
      return unsupported(`the schema "${schema.type}"`);
  }
}

const holdsIds = (node) =>
  node.type === 'array' && node.item.type === 'strict_object' && 'id' in node.item.entries;

/** Lists whose ids must be unique: every list section, and lists of items with ids inside an object section. */
function idLists(sections) {
  return Object.entries(sections).flatMap(([name, node]) => {
    if (node.type === 'array') return [[name]];
    if (node.type !== 'strict_object') return [];
    return Object.entries(node.entries)
      .filter(([, entry]) => holdsIds(entry))
      .map(([key]) => [name, key]);
  });
}

export function contentRules() {
  const sections = Object.fromEntries(
    Object.entries(ContentEntries).map(([name, schema]) => [name, ruleNode(schema)]),
  );
  const references = [...new Set(SECTIONS.flatMap((section) => section.references))]
    .sort((a, b) => a.order - b.order)
    .map(({ from, field, many, optional, to, target }) => ({ from, field, many, optional, to, target }));
  const missing = Object.keys(ContentEntries).filter(
    (name) => !SECTIONS.some((section) => section.name === name),
  );
  if (missing.length > 0) unsupported(`the sections ${missing.join(', ')} (not listed in content-rules.mjs)`);
  return { sections, references, idLists: idLists(sections) };
}
