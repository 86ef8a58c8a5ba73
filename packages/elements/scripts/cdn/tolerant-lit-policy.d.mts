import type { Plugin } from 'vite';
export declare function tolerateLitPolicy(code: string): string;
export declare function tolerantLitPolicy(): Plugin;
