import type { TestProjectInlineConfiguration, TestUserConfig } from 'vitest/config';
import type { BrowserConfigOptions } from 'vitest/node';
export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: readonly Engine[];
export declare function browserTestConfig(engine?: Engine): BrowserConfigOptions;
export declare function engineProjects(
  overrides?: Partial<Record<Engine, Pick<TestUserConfig, 'testTimeout' | 'hookTimeout'>>>,
): TestProjectInlineConfiguration[];
