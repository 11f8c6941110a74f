import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { InboxEvent } from './entities/inbox-event.entity.js';
import { OutboxEvent } from './entities/outbox-event.entity.js';
import { MessagingTables1763900000000 } from './migrations/1763900000000-messaging-tables.js';
import { ensureDatabase } from './database-url.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = Function[];

export interface ServiceDatabaseOptions {
  service: string;
  url: string;
  entities?: EntityList;
  /** The service's own migrations; the outbox/inbox migration is added before them. */
  migrations?: MigrationList;
  poolSize?: number;
}

export function serviceDataSource(options: ServiceDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [OutboxEvent, InboxEvent, ...((options.entities as unknown[]) ?? [])] as EntityList,
    migrations: [MessagingTables1763900000000, ...(options.migrations ?? [])],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 20, application_name: `civic-${options.service}` },
  });
}

/** Creates the database if needed, connects, and applies pending migrations. */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  await ensureDatabase(options.url);
  const dataSource = serviceDataSource(options);
  await dataSource.initialize();
  // Replicas starting together take turns, so each migration runs once.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('civic:migrations'))`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('civic:migrations'))`).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}
