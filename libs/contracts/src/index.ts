export * from './envelope.js';
export * from './event-map.js';
export * from './streams.js';
export * from './registry/organization.events.js';
export * from './registry/organization.queries.js';
export * from './alerts/alert-scope.js';
export * from './coordination/engagement-summary.js';
export * from './coordination/coordination.events.js';
