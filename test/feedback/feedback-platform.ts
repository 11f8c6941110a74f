import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { FeedbackModule } from '../../apps/feedback/src/feedback.module.js';

export interface FeedbackPlatform {
  http: ReturnType<typeof request>;
  feedback: INestApplication;
  broker: InProcessBroker;
  createKey(...argv: string[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * The feedback service with the gateway in front of it, in one process on the in-process transport.
 * No relay unless asked: events stay in the outbox, where tests read them.
 */
export async function startFeedbackPlatform(env: NodeJS.ProcessEnv, options: { relay?: boolean; now?: () => Date } = {}): Promise<FeedbackPlatform> {
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const feedback = await createServiceApp(FeedbackModule.forRoot({ env, broker, probes: false, now: options.now }), { relay: options.relay ?? false });
  await feedback.init();
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }), { relay: false });
  configureGatewayHttp(gateway);
  await gateway.init();
  return {
    http: request(gateway.getHttpServer()),
    feedback,
    broker,
    async createKey(...argv: string[]) {
      const out: string[] = [];
      const code = await runKeysCreate(argv, env, { stdout: (l) => out.push(l), stderr: () => undefined });
      if (code !== 0) throw new Error(`keys:create ${argv.join(' ')} exited with ${code}`);
      return out[0];
    },
    async close() {
      await gateway.close();
      await feedback.close();
      broker.close();
    },
  };
}
