import type { DataSource } from 'typeorm';
import { Outbox } from '#libs/messaging';
import { openServiceDatabase, OutboxEventRepository, serviceDatabaseUrl } from '#libs/persistence';
import { RegistryEntities, RegistryMigrations } from '../migrations/index.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { REGISTRY_SERVICE } from '../registry.module.js';
import { RegistrySeed } from './registry-seed.js';

/**
 * `npm run seed`: brings the registry database (created and migrated if needed) in step with
 * Portland's data. Events wait in the outbox until the registry's relay publishes them.
 * Returns the exit code: 0, or 1 when the database is not configured or the seed fails.
 */
export async function runSeed(env: NodeJS.ProcessEnv, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  if (!env.DATABASE_URL && !env.REGISTRY_DATABASE_URL) {
    log('seed: DATABASE_URL (or REGISTRY_DATABASE_URL) is not set; point it at the platform\'s Postgres, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/civic');
    return 1;
  }
  let dataSource: DataSource | undefined;
  try {
    dataSource = await openServiceDatabase({
      service: REGISTRY_SERVICE,
      url: serviceDatabaseUrl(REGISTRY_SERVICE, env),
      entities: RegistryEntities,
      migrations: RegistryMigrations,
      poolSize: 2,
    });
    const organizations = new OrganizationService(dataSource, new OrganizationRepository(dataSource), new Outbox(new OutboxEventRepository(dataSource), REGISTRY_SERVICE));
    const { created, updated } = await new RegistrySeed(organizations).run();
    log(created + updated === 0 ? 'seed: the registry already matches the Portland data; nothing changed' : `seed: created ${created} and updated ${updated} organizations`);
    return 0;
  } catch (err) {
    log(`seed: ${(err as Error).message}`);
    return 1;
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}
