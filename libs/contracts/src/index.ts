export * from './envelope.js';
export * from './event-map.js';
export * from './streams.js';
export * from './registry/organization.events.js';
export * from './registry/organization.queries.js';
