export * from './entities/outbox-event.entity.js';
export * from './entities/inbox-event.entity.js';
export * from './migrations/1763900000000-messaging-tables.js';
export * from './outbox-event.repository.js';
export * from './inbox-event.repository.js';
export * from './database-url.js';
export * from './data-source.js';
export * from './embedded-postgres.js';
