export * from './locales.js';
export * from './intl.js';
export * from './catalogue-check.js';
export * from './heatmap-text.js';
