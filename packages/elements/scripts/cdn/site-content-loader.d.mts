import type { Plugin } from 'rolldown';
export declare const SITE_CONTENT_FILE: string;
export declare function sriOf(path: string | URL): string;
export declare function siteContentLoader(address: string, integrity: () => string): Plugin;
export declare function siteContentBundled(): Plugin;
