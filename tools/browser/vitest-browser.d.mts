import type { BrowserConfigOptions } from 'vitest/node';
export declare function browserTestConfig(): BrowserConfigOptions;
