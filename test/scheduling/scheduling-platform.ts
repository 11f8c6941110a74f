import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { OrganizationRecord } from '#libs/contracts';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { portland } from '../../apps/registry/src/seed/portland-fixture.js';
import { OrganizationReferenceService } from '../../apps/scheduling/src/organizations/organization-reference.service.js';
import { SchedulingModule } from '../../apps/scheduling/src/scheduling.module.js';

/** Portland's organizations as the registry publishes them, with stable ids for tests. */
export function portlandRecords(): OrganizationRecord[] {
  const idOf = new Map(portland.map((o, i) => [o.ocdId, `01900000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`]));
  const updatedAt = new Date('2026-11-01T00:00:00Z').toISOString();
  return portland.map(({ parentOcdId, ...o }) => ({
    ...o,
    id: idOf.get(o.ocdId)!,
    parentId: parentOcdId ? idOf.get(parentOcdId)! : null,
    status: 'active',
    languages: [],
    version: 1,
    updatedAt,
  }));
}

export interface SchedulingPlatform {
  http: ReturnType<typeof request>;
  gateway: INestApplication;
  scheduling: INestApplication;
  records: OrganizationRecord[];
  /** The record of a Portland organization by slug. */
  org(slug: string): OrganizationRecord;
  createKey(...argv: string[]): Promise<string>;
  /** The events scheduling has written to its outbox, oldest first. */
  events(subject?: string): Promise<Array<{ subject: string; data: Record<string, unknown> }>>;
  db: pg.Client;
  close(): Promise<void>;
}

/**
 * Scheduling with its copy of Portland's registry, and the gateway in front of it, in one process
 * on the in-process transport. No relay: events stay in the outbox, where tests read them.
 */
export async function startSchedulingPlatform(env: NodeJS.ProcessEnv, databaseUrl: string): Promise<SchedulingPlatform> {
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const scheduling = await createServiceApp(SchedulingModule.forRoot({ env, broker, probes: false }), { relay: false });
  await scheduling.init();
  const records = portlandRecords();
  const references = scheduling.get(OrganizationReferenceService);
  await scheduling.get(DataSource).transaction(async (manager) => {
    for (const record of records) await references.apply(manager, record);
  });
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }), { relay: false });
  configureGatewayHttp(gateway);
  await gateway.init();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    http: request(gateway.getHttpServer()),
    gateway,
    scheduling,
    records,
    db,
    org(slug: string) {
      const found = records.find((r) => r.slug === slug);
      if (!found) throw new Error(`no Portland organization ${slug}`);
      return found;
    },
    async createKey(...argv: string[]) {
      const out: string[] = [];
      const code = await runKeysCreate(argv, env, { stdout: (l) => out.push(l), stderr: () => undefined });
      if (code !== 0) throw new Error(`keys:create ${argv.join(' ')} exited with ${code}`);
      return out[0];
    },
    async events(subject?: string) {
      const { rows } = await db.query<{ subject: string; envelope: { data: Record<string, unknown> } }>(
        `SELECT subject, envelope FROM outbox_event ${subject ? 'WHERE subject = $1' : ''} ORDER BY seq`,
        subject ? [subject] : [],
      );
      return rows.map((r) => ({ subject: r.subject, data: r.envelope.data }));
    },
    async close() {
      await db.end();
      await gateway.close();
      await scheduling.close();
      broker.close();
    },
  };
}
