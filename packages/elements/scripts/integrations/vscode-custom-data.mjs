// VS Code custom data (https://github.com/microsoft/vscode-custom-data): tag and attribute completion with
// descriptions and enum values in .html files (`html.customData`), and the `--kl-*` custom properties and
// `::part()` names in .css files (`css.customData`).

const markdown = (value) => ({ kind: 'markdown', value });

function list(title, items, format) {
  if (items.length === 0) return '';
  return `\n\n**${title}:**\n${items.map((item) => `- ${format(item)}`).join('\n')}`;
}

function tagDescription(element) {
  const intro = [element.summary, element.description].filter(Boolean).join('\n\n');
  return (
    intro +
    list('Events', element.events, (e) => `\`${e.name}\`${e.description ? ` — ${e.description}` : ''}`) +
    list(
      'Slots',
      element.slots,
      (s) => `${s.name ? `\`${s.name}\`` : '(default)'}${s.description ? ` — ${s.description}` : ''}`,
    ) +
    list(
      'CSS parts',
      element.cssParts,
      (p) => `\`::part(${p.name})\`${p.description ? ` — ${p.description}` : ''}`,
    ) +
    list(
      'CSS custom properties',
      element.cssProperties,
      (p) => `\`${p.name}\`${p.description ? ` — ${p.description}` : ''}`,
    )
  );
}

function attribute(attr) {
  const description = [attr.description, attr.default !== undefined ? `Default: \`${attr.default}\`.` : '']
    .filter(Boolean)
    .join('\n\n');
  return {
    name: attr.name,
    ...(description ? { description: markdown(description) } : {}),
    // `valueSet: "v"` marks a boolean attribute: VS Code completes it without `=""`.
    ...(attr.boolean ? { valueSet: 'v' } : {}),
    ...(attr.values.length ? { values: attr.values.map((name) => ({ name })) } : {}),
  };
}

/** @param {import('./read-elements.mjs').ElementInfo[]} elements @param {string | undefined} homepage */
export function vscodeCustomData(elements, homepage) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: markdown(tagDescription(element)),
      attributes: element.attributes.map(attribute),
      ...(homepage ? { references: [{ name: 'Documentation', url: homepage }] } : {}),
    })),
  };
}

/** @param {{ tagName: string, description: string }[]} uses */
function perElement(uses) {
  const texts = new Set(uses.map((use) => use.description).filter(Boolean));
  if (texts.size <= 1) {
    const [text = ''] = texts;
    return `${text}\n\nUsed by ${uses.map((use) => `\`${use.tagName}\``).join(', ')}.`.trim();
  }
  return uses.map((use) => `- \`${use.tagName}\`: ${use.description}`).join('\n');
}

/** Groups `items(element)` of every element by name, keeping which element says what. */
function byName(elements, items) {
  const groups = new Map();
  for (const element of elements) {
    for (const item of items(element)) {
      const uses = groups.get(item.name) ?? [];
      uses.push({ tagName: element.tagName, description: item.description, default: item.default });
      groups.set(item.name, uses);
    }
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** @param {import('./read-elements.mjs').ElementInfo[]} elements */
export function vscodeCssCustomData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: byName(elements, (element) => element.cssProperties).map(([name, uses]) => {
      const defaults = [...new Set(uses.map((use) => use.default).filter((value) => value !== undefined))];
      const defaultText = defaults.length === 1 ? `\n\nDefault: \`${defaults[0]}\`.` : '';
      return { name, description: { kind: 'markdown', value: perElement(uses) + defaultText } };
    }),
    pseudoElements: byName(elements, (element) => element.cssParts).map(([name, uses]) => ({
      name: `::part(${name})`,
      description: { kind: 'markdown', value: perElement(uses) },
    })),
  };
}
