// VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data): tag and attribute completion
// with descriptions and enum values in .html files. Users add the file to `html.customData`.

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
