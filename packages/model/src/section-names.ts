import type { SectionName } from './schema.js';

/** Every section, in the article's order (the order problems and summaries list them in). */
export const SECTION_NAMES: readonly SectionName[] = [
  'meta',
  'resilience',
  'sectors',
  'partners',
  'reasons',
  'principles',
  'partnerships',
  'benefits',
  'challenges',
  'conclusion',
  'faq',
  'callToAction',
];
