export * from './roles.js';
export * from './api-key.js';
export * from './principal.js';
export * from './decorators.js';
export * from './failed-authentication-limiter.js';
export * from './api-key.guard.js';
export * from './staff-session.js';
