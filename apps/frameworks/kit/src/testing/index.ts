export { describeFrameworkApp } from './app-suite.js';
