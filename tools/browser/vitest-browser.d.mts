import type { TestProjectInlineConfiguration, TestUserConfig } from 'vitest/config';
import type { BrowserConfigOptions } from 'vitest/node';
export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: readonly Engine[];
/** `test.browser` of a root config whose projects run in browsers (the page connection timeout). */
export declare const rootBrowserOptions: { connectTimeout: number };
export declare function browserTestConfig(engine?: Engine): BrowserConfigOptions;
type EngineTestOptions = Pick<TestUserConfig, 'include' | 'exclude' | 'testTimeout' | 'hookTimeout'>;
export declare function engineProject(
  engine: Engine,
  name?: string,
  test?: EngineTestOptions,
): TestProjectInlineConfiguration;
export declare function engineProjects(
  test?: EngineTestOptions,
  overrides?: Partial<Record<Engine, EngineTestOptions>>,
): TestProjectInlineConfiguration[];
