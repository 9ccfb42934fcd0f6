export * from './codes.js';
export * from './error-body.js';
export * from './retry.js';
