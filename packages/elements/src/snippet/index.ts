/**
 * `@ketahanan/elements/snippet`: the embed-code generator. Pure (no DOM, no Lit, no Node built-ins), so the
 * docs can run it in the browser and the CLI in Node.
 */
export { createSnippet, type SnippetOptions } from './create-snippet.js';
export { createScriptTag, type ScriptTagOptions } from './script-tag.js';
export { contentUrl, createElementMarkup, type ElementMarkupOptions } from './element-markup.js';
export type { IntegrityManifest } from './integrity.js';
export { SNIPPET_TAGS, isSnippetTag, type FallbackContent, type SnippetTag } from './widgets.js';
export { cdnUrl, isExactVersion, DEFAULT_CDN_BASE, PACKAGE_NAME } from './cdn-url.js';
export { selfHostedBase, selfHostedUrl } from './base-url.js';
export { scriptFolder } from './script-folder.js';
export { escapeHtml } from './escape-html.js';
export { fallbackLabels, type FallbackLabels } from './fallback-labels.js';
