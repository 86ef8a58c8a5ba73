export { APP_CHECKS } from './app-checks.js';
export { describeFrameworkApp } from './app-suite.js';
