/**
 * The four Ketahanan Lokal blocks in the block editor. Their name, title, icon and attributes come from each
 * block.json (registered on the server); here only the editing side: the settings in the inspector, and a live
 * preview rendered by the server exactly as the page will have it (fallback included), which the widget
 * script (loaded in the editor) then upgrades. The blocks save nothing but their attributes.
 *
 * A plain script on WordPress's globals, so the plugin needs no JavaScript build of its own.
 */
(function (wp) {
  'use strict';
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;
  const DOMAIN = 'ketahanan-lokal';

  const languageControl = {
    attribute: 'lang',
    kind: 'select',
    label: () => __('Language', DOMAIN),
    help: () => __('The widget’s language and its text for readers without JavaScript.', DOMAIN),
    options: () => [
      { value: '', label: __('The site’s language', DOMAIN) },
      { value: 'id', label: 'Bahasa Indonesia' },
      { value: 'en', label: 'English' },
    ],
  };
  const headingControl = {
    attribute: 'headingLevel',
    kind: 'select',
    label: () => __('Heading level', DOMAIN),
    help: () => __('Fit it to the headings around the widget.', DOMAIN),
    options: () => [1, 2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: `H${String(level)}` })),
    toAttribute: (value) => Number(value),
  };
  const toggle = (attribute, label, help) => ({ attribute, kind: 'toggle', label, help });
  const sectionHeaderControl = toggle(
    'sectionHeader',
    () => __('Show the section title and intro', DOMAIN),
    () => __('The article’s title for this section, and its opening paragraph, above the widget.', DOMAIN),
  );
  const text = (attribute, label, help) => ({ attribute, kind: 'text', label, help });

  /** The settings of each block, in the order the inspector shows them. */
  const CONTROLS = {
    'faq-accordion': [
      languageControl,
      headingControl,
      sectionHeaderControl,
      toggle('single', () => __('One answer open at a time', DOMAIN)),
      toggle(
        'structuredData',
        () => __('FAQ structured data for search engines', DOMAIN),
        () => __('Adds one schema.org FAQPage block to the page.', DOMAIN),
      ),
    ],
    'principle-checklist': [
      languageControl,
      headingControl,
      sectionHeaderControl,
      {
        attribute: 'persist',
        kind: 'select',
        label: () => __('Keep answers', DOMAIN),
        options: () => [
          { value: 'local', label: __('In the reader’s browser', DOMAIN) },
          { value: 'none', label: __('Not at all', DOMAIN) },
        ],
      },
      text(
        'storageKey',
        () => __('Storage key', DOMAIN),
        () => __('Give two checklists on one page different keys.', DOMAIN),
      ),
    ],
    'challenge-explorer': [
      languageControl,
      headingControl,
      sectionHeaderControl,
      {
        attribute: 'activation',
        kind: 'select',
        label: () => __('Arrow keys', DOMAIN),
        options: () => [
          { value: 'auto', label: __('Select the tab they move to', DOMAIN) },
          { value: 'manual', label: __('Only move focus (Enter selects)', DOMAIN) },
        ],
      },
      toggle('syncHash', () => __('Follow the address (#challenge-id)', DOMAIN)),
    ],
    'partner-cards': [
      languageControl,
      headingControl,
      sectionHeaderControl,
      {
        attribute: 'layout',
        kind: 'select',
        label: () => __('Layout', DOMAIN),
        options: () => [
          { value: 'grid', label: __('Grid', DOMAIN) },
          { value: 'list', label: __('List', DOMAIN) },
        ],
      },
      {
        attribute: 'sector',
        kind: 'select',
        label: () => __('Start with the sector', DOMAIN),
        options: () => [
          { value: '', label: __('All sectors', DOMAIN) },
          ...(window.ketahananLokalSectors || []).map((sector) => ({ value: sector.id, label: sector.name })),
        ],
      },
      text(
        'area',
        () => __('Start with the area', DOMAIN),
        () => __('As written in the content; empty for all.', DOMAIN),
      ),
    ],
  };

  function control(definition, attributes, setAttributes) {
    const value = attributes[definition.attribute];
    const set = (next) =>
      setAttributes({ [definition.attribute]: definition.toAttribute ? definition.toAttribute(next) : next });
    const common = {
      key: definition.attribute,
      label: definition.label(),
      help: definition.help ? definition.help() : undefined,
      onChange: set,
      __nextHasNoMarginBottom: true,
    };
    if (definition.kind === 'toggle') return el(ToggleControl, { ...common, checked: Boolean(value) });
    if (definition.kind === 'text') return el(TextControl, { ...common, value: value || '' });
    return el(SelectControl, { ...common, value: String(value ?? ''), options: definition.options() });
  }

  for (const [slug, controls] of Object.entries(CONTROLS)) {
    const name = `ketahanan-lokal/${slug}`;
    registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: __('Widget settings', DOMAIN) },
              controls.map((definition) => control(definition, attributes, setAttributes)),
            ),
          ),
          el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
        );
      },
      save: () => null,
    });
  }
})(window.wp);
