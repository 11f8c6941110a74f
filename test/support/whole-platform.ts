import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import type { TestNamespace } from '#libs/testing';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { FeedbackModule } from '../../apps/feedback/src/feedback.module.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';
import { SchedulingModule } from '../../apps/scheduling/src/scheduling.module.js';

const SERVICES = ['gateway', 'registry', 'scheduling', 'feedback', 'notifications'] as const;

export interface WholePlatform {
  http: ReturnType<typeof request>;
  /** The gateway's port on 127.0.0.1, for requests supertest cannot make (raw bytes, bodies that never end). */
  port: number;
  keys: { admin: string; coordinator: string; pbot: string };
  /** Rows of every table of every service's database: what a refused request must leave as it was. */
  stored(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Every service and the gateway in one process on the in-process transport, as `npm start` runs
 * them, listening on a free port; no relay, so events stay in the outboxes. With an admin, a
 * coordinator and a PBOT key.
 */
export async function startWholePlatform(ns: TestNamespace): Promise<WholePlatform> {
  const env = ns.env({ natsUrl: null });
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const options = { env, broker, probes: false };
  const apps: INestApplication[] = [];
  for (const module of [RegistryModule.forRoot(options), SchedulingModule.forRoot(options), FeedbackModule.forRoot(options), NotificationsModule.forRoot(options)]) {
    const app = await createServiceApp(module, { relay: false });
    await app.init();
    apps.push(app);
  }
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }), { relay: false });
  configureGatewayHttp(gateway);
  await gateway.listen(0, '127.0.0.1');
  apps.push(gateway);

  const createKey = async (...argv: string[]): Promise<string> => {
    const out: string[] = [];
    const code = await runKeysCreate(argv, env, { stdout: (l) => out.push(l), stderr: () => undefined });
    if (code !== 0) throw new Error(`keys:create ${argv.join(' ')} exited with ${code}`);
    return out[0];
  };
  const keys = {
    admin: await createKey('--role', 'admin'),
    coordinator: await createKey('--role', 'coordinator'),
    pbot: await createKey('--role', 'bureau', '--bureau', 'PBOT'),
  };
  const databases = new Map<string, pg.Client>();
  for (const service of SERVICES) {
    const db = new pg.Client({ connectionString: ns.databaseUrl(service) });
    await db.connect();
    databases.set(service, db);
  }

  return {
    http: request(gateway.getHttpServer()),
    port: (gateway.getHttpServer().address() as AddressInfo).port,
    keys,
    async stored() {
      const counts: Record<string, number> = {};
      for (const [service, db] of databases) {
        const { rows } = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
        for (const { table_name } of rows) {
          const counted = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`);
          counts[`${service}.${table_name}`] = Number(counted.rows[0].n);
        }
      }
      return counts;
    },
    async close() {
      for (const db of databases.values()) await db.end();
      for (const app of apps.reverse()) await app.close();
      broker.close();
    },
  };
}
