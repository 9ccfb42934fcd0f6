export * from './contracts/index.js';
export * from './errors/index.js';
export * from './aggregate/index.js';
export * from './templates/index.js';
export * from './format/index.js';
export * from './i18n/index.js';
