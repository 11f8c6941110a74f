export * from './correlation.js';
export * from './logger.js';
export * from './metrics.js';
export * from './process-services.js';
export * from './process-guard.js';
export * from './nest-logger.js';
