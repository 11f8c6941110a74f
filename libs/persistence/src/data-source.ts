import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { InboxEvent } from './entities/inbox-event.entity.js';
import { OutboxEvent } from './entities/outbox-event.entity.js';
import { MessagingTables1763900000000 } from './migrations/1763900000000-messaging-tables.js';
import { ensureDatabase } from './database-url.js';
import { isTransientDatabaseError } from './transient-errors.js';

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
  /** How long to wait at start for a database server that cannot be reached yet (default 0: fail at once, as a command should). */
  startupWaitMs?: number;
  /** Told of each failed attempt while waiting, to say so in the service's log. */
  onWaiting?: (err: unknown, retryInMs: number) => void;
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
    // A connection that cannot be had within 10 s fails the statement (a 503 or a held event) instead of
    // waiting forever on a server that is gone.
    extra: { max: options.poolSize ?? 20, application_name: `civic-${options.service}`, connectionTimeoutMillis: 10_000 },
  });
}

/**
 * Creates the database if needed, connects, and applies pending migrations. A server that cannot be
 * reached yet (starting together with the service, restarting) is waited for with backoff.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  const dataSource = serviceDataSource(options);
  const deadline = Date.now() + (options.startupWaitMs ?? 0);
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureDatabase(options.url);
      await dataSource.initialize();
      break;
    } catch (err) {
      if (!isTransientDatabaseError(err) || Date.now() >= deadline) throw err;
      const retryInMs = Math.min(5000, 250 * 2 ** (attempt - 1));
      options.onWaiting?.(err, retryInMs);
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
    }
  }
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
