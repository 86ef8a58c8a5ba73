import type { StorybookConfig } from '@storybook/web-components-vite';

// Telemetry off: besides privacy, every build would otherwise wait on the network (about 7 s here).
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
};

export default config;
