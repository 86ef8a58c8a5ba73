import type { BuildEnvironmentOptions, EnvironmentOptions } from 'vite';
import type { OutputOptions, Plugin } from 'rolldown';
export declare const SPLIT_ENVIRONMENT: string;
export declare const SPLIT_FOLDER: string;
export declare const IMPORTS_FILE: string;
export declare function splitEnvironment(
  elements: readonly { name: string; entry: string }[],
  build: BuildEnvironmentOptions,
  output: OutputOptions,
  plugins?: Plugin[],
): EnvironmentOptions;
