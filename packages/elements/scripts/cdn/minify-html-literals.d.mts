import type { Plugin } from 'vite';

export declare function collapseTemplateWhitespace(text: string): string;
export declare function minifyHtmlTemplates(code: string, fileName?: string): string;
export declare function minifyHtmlLiterals(): Plugin;
