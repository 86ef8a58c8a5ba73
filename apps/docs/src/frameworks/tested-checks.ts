import { APP_CHECKS } from '@ketahanan/framework-kit/checks';

/** What the browser test checks in each framework app, as a Markdown list for the docs pages. */
export const testedChecksMarkdown = Object.values(APP_CHECKS)
  .map((check) => `- ${check.charAt(0).toUpperCase()}${check.slice(1)}.`)
  .join('\n');
