import type { Plugin } from 'rolldown';
export declare function terserPass(): Plugin;
