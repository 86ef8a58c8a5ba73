// @ts-check
// The runtime line-up: per suite, the native floor first (every ratio is against it), then ours, then the
// peers. Each variant names the byte subjects whose files its page loads.

/**
 * @typedef {object} VariantSpec
 * @property {string} id  Also the driver's key in src/browser/drivers/<suite>.js.
 * @property {string} label
 * @property {string[]} subjects  Byte-row ids whose files the page loads, in order.
 * @property {string} [ours]  For our elements: the element name, to find its script-tag file.
 */

/**
 * @typedef {object} SuiteSpec
 * @property {string} name
 * @property {string} title
 * @property {string[]} actions  Timed after the first render, in this order, on the same page.
 * @property {VariantSpec[]} variants  The first is the baseline.
 */

/** @type {SuiteSpec[]} */
export const SUITES = [
  {
    name: 'accordion',
    title: 'FAQ accordion',
    actions: ['toggle', 'showAll'],
    variants: [
      { id: 'native-details', label: 'native <details>', subjects: [] },
      { id: 'kl-faq-accordion', label: 'kl-faq-accordion', subjects: [], ours: 'faq-accordion' },
      { id: 'lit-min', label: 'minimal Lit element', subjects: ['floor-lit-min'] },
      { id: 'sl-details', label: 'Shoelace sl-details', subjects: ['shoelace-details', 'shoelace-theme'] },
      {
        id: 'wa-details',
        label: 'Web Awesome wa-details',
        subjects: ['webawesome-details', 'webawesome-theme'],
      },
      {
        id: 'sp-accordion',
        label: 'Spectrum sp-accordion',
        subjects: ['spectrum-details', 'spectrum-theme'],
      },
    ],
  },
  {
    name: 'tabs',
    title: 'Challenge explorer (tabs)',
    actions: ['tab'],
    variants: [
      { id: 'native-tabs', label: 'hand-written APG tabs', subjects: [] },
      {
        id: 'kl-challenge-explorer',
        label: 'kl-challenge-explorer',
        subjects: [],
        ours: 'challenge-explorer',
      },
      { id: 'sl-tab-group', label: 'Shoelace sl-tab-group', subjects: ['shoelace-tabs', 'shoelace-theme'] },
      {
        id: 'wa-tab-group',
        label: 'Web Awesome wa-tab-group',
        subjects: ['webawesome-tabs', 'webawesome-theme'],
      },
      { id: 'sp-tabs', label: 'Spectrum sp-tabs', subjects: ['spectrum-tabs', 'spectrum-theme'] },
    ],
  },
  {
    name: 'checklist',
    title: 'Principle checklist',
    actions: ['check'],
    variants: [
      { id: 'native-checkboxes', label: 'native checkboxes', subjects: [] },
      {
        id: 'kl-principle-checklist',
        label: 'kl-principle-checklist',
        subjects: [],
        ours: 'principle-checklist',
      },
      { id: 'sl-checkbox', label: 'Shoelace sl-checkbox', subjects: ['shoelace-checkbox', 'shoelace-theme'] },
      {
        id: 'wa-checkbox',
        label: 'Web Awesome wa-checkbox',
        subjects: ['webawesome-checkbox', 'webawesome-theme'],
      },
      { id: 'sp-checkbox', label: 'Spectrum sp-checkbox', subjects: ['spectrum-checkbox', 'spectrum-theme'] },
    ],
  },
  {
    name: 'cards',
    title: 'Partner cards',
    actions: ['filter'],
    variants: [
      { id: 'native-cards', label: 'native <ul> of <article>', subjects: [] },
      { id: 'kl-partner-cards', label: 'kl-partner-cards', subjects: [], ours: 'partner-cards' },
      { id: 'sl-card', label: 'Shoelace sl-card', subjects: ['shoelace-card', 'shoelace-theme'] },
      { id: 'wa-card', label: 'Web Awesome wa-card', subjects: ['webawesome-card', 'webawesome-theme'] },
      { id: 'sp-card', label: 'Spectrum sp-card', subjects: ['spectrum-card', 'spectrum-theme'] },
    ],
  },
];
