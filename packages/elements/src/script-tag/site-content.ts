/**
 * The script-tag `site-content.js`: site-content.ts, announced under its own address as it runs (see
 * site-content-registry.ts), so element files beside it that load after it use it at once.
 */
import {
  checkInSteps,
  fetchJson,
  finishInTasks,
  jsonProblem,
  readJsonText,
  runSlice,
} from '../shared/site-content.js';
import type { SiteContent } from '../shared/load-site-content.js';
import { announceSiteContent } from '../shared/site-content-registry.js';

// Announced, not exported: element files take it from the registry once this file's script has run, and
// never `import()` it (scripts/cdn/site-content-loader.mjs says why). A plain object, not `import * as`: a
// namespace object costs the file a bundler helper (about 80 bytes compressed), and the type still
// requires every export the element files call.
const siteContent: SiteContent = {
  checkInSteps,
  fetchJson,
  finishInTasks,
  jsonProblem,
  readJsonText,
  runSlice,
};

announceSiteContent(import.meta.url, siteContent);
