export * from './answer-key.js';
export * from './tally.js';
export * from './concern.js';
export * from './heatmap.js';
export * from './compare.js';
export * from './match.js';
export * from './raci.js';
export * from './honesty.js';
