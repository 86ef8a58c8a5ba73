/** Every page of the demo site, with the widgets on it and the language they speak: one list for all tests. */
export type WidgetTag =
  'kl-faq-accordion' | 'kl-principle-checklist' | 'kl-challenge-explorer' | 'kl-partner-cards';

export interface DemoPage {
  readonly path: string;
  readonly lang: 'id' | 'en';
  /** The widgets that render content (not an error state), in page order. */
  readonly widgets: readonly WidgetTag[];
  /** Console warnings the page is expected to print (documented codes), as patterns. */
  readonly expectedWarnings: readonly RegExp[];
}

const ALL: readonly WidgetTag[] = [
  'kl-principle-checklist',
  'kl-partner-cards',
  'kl-challenge-explorer',
  'kl-faq-accordion',
];

export const DEMO_PAGES: readonly DemoPage[] = [
  { path: '/', lang: 'id', widgets: ALL, expectedWarnings: [] },
  { path: '/en/', lang: 'en', widgets: ALL, expectedWarnings: [] },
  { path: '/polos.html', lang: 'id', widgets: ALL, expectedWarnings: [] },
  { path: '/csp.html', lang: 'id', widgets: ALL, expectedWarnings: [] },
  { path: '/widget/faq-accordion.html', lang: 'id', widgets: ['kl-faq-accordion'], expectedWarnings: [] },
  {
    path: '/widget/principle-checklist.html',
    lang: 'id',
    widgets: ['kl-principle-checklist'],
    expectedWarnings: [],
  },
  {
    path: '/widget/challenge-explorer.html',
    lang: 'id',
    widgets: ['kl-challenge-explorer'],
    expectedWarnings: [],
  },
  { path: '/widget/partner-cards.html', lang: 'id', widgets: ['kl-partner-cards'], expectedWarnings: [] },
  {
    path: '/ganda.html',
    lang: 'id',
    widgets: ['kl-faq-accordion', 'kl-challenge-explorer'],
    // The other version stands aside and says so once per tag (KL101: duplicate define).
    expectedWarnings: [/\[ketahanan KL101\]/],
  },
  {
    path: '/terpisah.html',
    lang: 'id',
    widgets: ['kl-faq-accordion', 'kl-challenge-explorer'],
    expectedWarnings: [],
  },
  {
    path: '/konten-sendiri.html',
    lang: 'id',
    widgets: ['kl-partner-cards', 'kl-faq-accordion'],
    expectedWarnings: [],
  },
  {
    path: '/json-rusak.html',
    lang: 'id',
    widgets: ['kl-challenge-explorer'],
    // The broken file is reported once (KL201: invalid content).
    expectedWarnings: [/\[ketahanan KL201\]/],
  },
];

export function demoPage(path: string): DemoPage {
  const found = DEMO_PAGES.find((page) => page.path === path);
  if (!found) throw new Error(`No demo page ${path}`);
  return found;
}
