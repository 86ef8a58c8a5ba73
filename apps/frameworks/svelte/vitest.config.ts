// Shared by the three framework apps: see the framework kit.
export { default } from '@ketahanan/framework-kit/vitest-app.config';
