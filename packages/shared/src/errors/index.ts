export * from './codes.js';
export * from './retry.js';
