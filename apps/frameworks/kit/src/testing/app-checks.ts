// What the browser test checks in every framework app, one sentence each: the test titles, and the list
// the "Using with React/Vue/Svelte" docs pages show, so the pages cannot promise what is not tested.
export const APP_CHECKS = {
  contentAfterMount: 'shows the regency FAQ the app fetched after mount, once its update completes',
  replacedContent: 'shows a replacing content object after one update',
  toggleEvent: 'hands kl-toggle to the app’s handler with its detail, by mouse and by keyboard',
  singleProperty: 'follows `single` bound from the app’s checkbox: one answer open, no "show all"',
  conditionalReAdd:
    'keeps working when conditional rendering removes and re-adds it: content, styles, one event per click',
  errorEvent: 'shows its error state for a broken file and hands kl-error to the app; good content recovers',
  selectEvent: 'hands kl-select to the app, and selects the challenge the app binds to `selected`',
  changeEvent: 'hands kl-change to the app with the checked principles and their total',
  filterEvent:
    'filters partnerships by the `sector` the app binds, and hands the reader’s own filter to the app',
  reorderedList:
    'moves the partner cards when the app re-orders its list, each keeping its content and styles',
  languageSwitch: 'switches the app, the elements’ UI and their content with the app’s language',
  axe: 'has no axe violations, in Bahasa Indonesia and in English',
} as const;
