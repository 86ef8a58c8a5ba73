/**
 * The script-tag `site-content.js`: site-content.ts, announced under its own address as it runs (see
 * site-content-registry.ts), so element files beside it that load after it use it at once.
 */
import * as siteContent from '../shared/site-content.js';
import { announceSiteContent } from '../shared/site-content-registry.js';

export * from '../shared/site-content.js';

announceSiteContent(import.meta.url, siteContent);
