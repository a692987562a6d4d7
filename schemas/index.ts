export * from './result.js';
export * from './page-text.js';
