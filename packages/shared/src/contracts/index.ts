export * from './ids.js';
export * from './workshop.js';
export * from './auth.js';
export * from './session.js';
export * from './answer.js';
export * from './aggregate.js';
export * from './socket.js';
export * from './report.js';
