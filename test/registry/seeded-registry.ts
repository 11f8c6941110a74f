import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';
import { seedIfEmpty } from '../../apps/registry/src/seed/registry-seed.js';

export interface SeededRegistry {
  http: ReturnType<typeof request>;
  /** Creates an API key with the real keys:create command and answers it. */
  createKey(...argv: string[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * A registry seeded with Portland's data and the gateway in front of it, in one process on the
 * in-process transport. No relay: the events stay in the outbox, where tests can count them.
 */
export async function startSeededRegistry(env: NodeJS.ProcessEnv): Promise<SeededRegistry> {
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const registry: INestApplication = await createServiceApp(RegistryModule.forRoot({ env, broker, probes: false }), { relay: false });
  await registry.init();
  await seedIfEmpty(registry);
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }), { relay: false });
  configureGatewayHttp(gateway);
  await gateway.init();
  return {
    http: request(gateway.getHttpServer()),
    async createKey(...argv: string[]) {
      const out: string[] = [];
      const code = await runKeysCreate(argv, env, { stdout: (l) => out.push(l), stderr: () => undefined });
      if (code !== 0) throw new Error(`keys:create ${argv.join(' ')} exited with ${code}`);
      return out[0];
    },
    async close() {
      await gateway.close();
      await registry.close();
      broker.close();
    },
  };
}
