// @ts-check
// What we weigh ourselves against: the same four widgets from the best-known web-component libraries, each
// bundled from its documented per-component imports, and their required themes listed separately.

/**
 * @typedef {object} BundleSubject
 * @property {string} id  Unique, file-name safe.
 * @property {string} group  Library (table grouping).
 * @property {string} label
 * @property {string} code  Source of the entry module.
 * @property {'widget' | 'set' | 'theme' | 'floor' | 'api'} kind
 * @property {string} [missing]  Why it cannot be bundled yet (our own entries before their build).
 */

/** @param {string[]} specifiers */
const importing = (specifiers) =>
  specifiers.map((specifier) => `import ${JSON.stringify(specifier)};`).join('\n');

const sl = (/** @type {string} */ name) => `@shoelace-style/shoelace/dist/components/${name}/${name}.js`;
const wa = (/** @type {string} */ name) => `@awesome.me/webawesome/dist/components/${name}/${name}.js`;
const sp = (/** @type {string} */ file) => `@spectrum-web-components/${file}`;

/** One library: its four widgets, the four together, and its theme. */
const LIBRARIES = [
  {
    group: 'Shoelace 2.20.1',
    prefix: 'shoelace',
    widgets: {
      details: { label: 'sl-details', imports: [sl('details')] },
      tabs: {
        label: 'sl-tab-group + sl-tab + sl-tab-panel',
        imports: [sl('tab-group'), sl('tab'), sl('tab-panel')],
      },
      checkbox: { label: 'sl-checkbox', imports: [sl('checkbox')] },
      card: { label: 'sl-card', imports: [sl('card')] },
    },
    theme: {
      label: 'theme: themes/light.css (required)',
      imports: ['@shoelace-style/shoelace/dist/themes/light.css'],
    },
  },
  {
    group: 'Web Awesome 3.14.0',
    prefix: 'webawesome',
    widgets: {
      details: { label: 'wa-details', imports: [wa('details')] },
      tabs: {
        label: 'wa-tab-group + wa-tab + wa-tab-panel',
        imports: [wa('tab-group'), wa('tab'), wa('tab-panel')],
      },
      checkbox: { label: 'wa-checkbox', imports: [wa('checkbox')] },
      card: { label: 'wa-card', imports: [wa('card')] },
    },
    theme: {
      label: 'theme: styles/themes/default.css (required)',
      imports: ['@awesome.me/webawesome/dist/styles/themes/default.css'],
    },
  },
  {
    group: 'Spectrum WC 1.12.2',
    prefix: 'spectrum',
    widgets: {
      details: {
        label: 'sp-accordion + sp-accordion-item',
        imports: [sp('accordion/sp-accordion.js'), sp('accordion/sp-accordion-item.js')],
      },
      tabs: {
        label: 'sp-tabs + sp-tab + sp-tab-panel',
        imports: [sp('tabs/sp-tabs.js'), sp('tabs/sp-tab.js'), sp('tabs/sp-tab-panel.js')],
      },
      checkbox: { label: 'sp-checkbox', imports: [sp('checkbox/sp-checkbox.js')] },
      card: { label: 'sp-card', imports: [sp('card/sp-card.js')] },
    },
    theme: {
      label: 'theme: sp-theme + light + medium scale (required)',
      imports: [sp('theme/sp-theme.js'), sp('theme/theme-light.js'), sp('theme/scale-medium.js')],
    },
  },
];

/** @returns {BundleSubject[]} */
export function peerSubjects() {
  return LIBRARIES.flatMap((library) => {
    const widgets = Object.entries(library.widgets);
    return [
      ...widgets.map(([name, widget]) => ({
        id: `${library.prefix}-${name}`,
        group: library.group,
        label: widget.label,
        code: importing(widget.imports),
        kind: /** @type {const} */ ('widget'),
      })),
      {
        id: `${library.prefix}-set`,
        group: library.group,
        label: 'all four together',
        code: importing(widgets.flatMap(([, widget]) => widget.imports)),
        kind: /** @type {const} */ ('set'),
      },
      {
        id: `${library.prefix}-theme`,
        group: library.group,
        label: library.theme.label,
        code: importing(library.theme.imports),
        kind: /** @type {const} */ ('theme'),
      },
    ];
  });
}
