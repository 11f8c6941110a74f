import 'reflect-metadata';
import { embeddedPostgresSettings, openServiceDatabase, serviceDatabaseUrl, startEmbeddedPostgres, type EmbeddedDatabaseServer } from '#libs/persistence';
import { FeedbackEntities, FeedbackMigrations } from '../../apps/feedback/src/migrations/index.js';
import { GatewayEntities, GatewayMigrations } from '../../apps/gateway/src/migrations/index.js';
import { NotificationsEntities, NotificationsMigrations } from '../../apps/notifications/src/migrations/index.js';
import { RegistryEntities, RegistryMigrations } from '../../apps/registry/src/migrations/index.js';
import { SchedulingEntities, SchedulingMigrations } from '../../apps/scheduling/src/migrations/index.js';

/** `npm run migrate`: applies every service's pending migrations to its own database, and nothing else. */
const services = [
  { service: 'registry', entities: RegistryEntities, migrations: RegistryMigrations },
  { service: 'scheduling', entities: SchedulingEntities, migrations: SchedulingMigrations },
  { service: 'feedback', entities: FeedbackEntities, migrations: FeedbackMigrations },
  { service: 'notifications', entities: NotificationsEntities, migrations: NotificationsMigrations },
  { service: 'gateway', entities: GatewayEntities, migrations: GatewayMigrations },
];

let embedded: EmbeddedDatabaseServer | undefined;
if (!process.env.DATABASE_URL) {
  const { dir, port } = embeddedPostgresSettings();
  embedded = await startEmbeddedPostgres(dir, port);
  process.env.DATABASE_URL = embedded.url;
}
try {
  for (const s of services) {
    const url = serviceDatabaseUrl(s.service);
    const ds = await openServiceDatabase({ service: s.service, url, entities: s.entities, migrations: s.migrations });
    const applied: Array<{ name: string }> = await ds.query('SELECT name FROM schema_migrations ORDER BY id');
    process.stdout.write(`${s.service}: ${applied.length} migrations applied (${applied.map((m) => m.name).join(', ')})\n`);
    await ds.destroy();
  }
} finally {
  await embedded?.stop();
}
