import type { Plugin } from 'rolldown';
export declare function linkSplitFile(code: string, name: string, isCore: boolean, isEntry: boolean): string;
export declare function splitRegistry(folder: string, coreFile: string): Plugin;
