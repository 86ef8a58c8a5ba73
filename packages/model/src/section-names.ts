import type { SectionName } from './schema.js';

/** Every section, in the article's order (the order problems and summaries list them in). */
export const SECTION_NAMES: readonly SectionName[] = [
  'meta',
  'resilience',
  'sectors',
  'partners',
  'reasonsHeader',
  'reasons',
  'principlesHeader',
  'principles',
  'partnershipsHeader',
  'partnerships',
  'benefitsHeader',
  'benefits',
  'challengesHeader',
  'challenges',
  'conclusion',
  'faqHeader',
  'faq',
  'callToAction',
];
