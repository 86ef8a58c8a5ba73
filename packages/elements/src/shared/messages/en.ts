import type { Messages } from './types.js';

/** English. One export per section (see `index.ts` for why). */
export const common = {
  loading: 'Loading content…',
  errorTitle: 'The content cannot be shown',
  errorIntro: 'Please check your content file:',
  problemAt: '{path}: {message}',
  problemWhole: '{message}',
  errorNetwork: 'The content could not be downloaded. Check the address (src) and the connection.',
  errorChecker: 'The content could not be checked: site-content.js did not load. Check the connection.',
  errorTimeout: 'The content did not finish downloading within {seconds} seconds.',
  errorHttp: 'The server answered with status {status}.',
  errorNotJson: 'The content file is not JSON.',
  errorContentType: 'The server sent {mediaType}, not JSON (application/json).',
  errorNoContentType: 'The server did not say the content is JSON (application/json).',
  errorTooLarge: 'The content file is too large.',
  moreProblems: '… and more.',
} as const satisfies Messages['common'];

export const faq = {
  showAll: 'Show all',
  hideAll: 'Hide all',
  empty: 'There are no questions yet.',
} as const satisfies Messages['faq'];

export const explorer = {
  tablistLabel: 'Challenges',
  solution: 'Solution',
  principle: 'Related principle',
  empty: 'There are no challenges to show yet.',
} as const satisfies Messages['explorer'];

export const checklist = {
  legend: 'Principles already in place',
  progress: {
    one: '{count} of {total} principle in place',
    other: '{count} of {total} principles in place',
  },
  allDone: 'Every principle is in place.',
  adviceHeading: 'What to strengthen',
  adviceChallenge: 'Related challenge',
  adviceSolution: 'Solution',
  reset: 'Reset',
  notSaved: 'This browser does not store your answers; they are lost when the page closes.',
} as const satisfies Messages['checklist'];

export const cards = {
  filterLabel: 'Filter partners',
  sectorLabel: 'Sector',
  areaLabel: 'Area',
  allSectors: 'All sectors',
  allAreas: 'All areas',
  shown: { one: '{count} partner shown', other: '{count} partners shown' },
  shownPartnerships: { one: '{count} partnership shown', other: '{count} partnerships shown' },
  empty: 'No partner matches this filter.',
  partnersHeading: 'Partners',
  contributionsHeading: 'Contributions',
  outcomesHeading: 'Outcomes',
  contributions: {
    finansial: 'Financial',
    teknis: 'Technical',
    sdm: 'Human resources',
    pengetahuan: 'Knowledge',
  },
  missingName: 'A partner card needs a name: the name attribute or the partner property.',
} as const satisfies Messages['cards'];
