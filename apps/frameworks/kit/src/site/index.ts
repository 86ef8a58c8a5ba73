export * from './regency-api.js';
export * from './regency-content.js';
export * from './site-text.js';
