import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { CloudEvent } from '#libs/contracts';
import { createServiceApp, InProcessBroker, SubjectNaming } from '#libs/messaging';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { NotificationsModule, type NotificationsAppOptions } from '../../apps/notifications/src/notifications.module.js';

export interface NotificationsPlatform {
  http: ReturnType<typeof request>;
  /** Publishes an event as another service's relay would. */
  publish(subject: string, event: CloudEvent): Promise<void>;
  gateway: INestApplication;
  notifications: INestApplication;
  /** Creates an API key with the real keys:create command and answers it. */
  createKey(...argv: string[]): Promise<string>;
  close(): Promise<void>;
}

/** The gateway and the notifications service in one process on the in-process transport, as `npm start` runs them. */
export async function startNotificationsPlatform(env: NodeJS.ProcessEnv, options: Omit<NotificationsAppOptions, 'env' | 'broker'> = {}): Promise<NotificationsPlatform> {
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const notifications = await createServiceApp(NotificationsModule.forRoot({ env, broker, probes: false, ...options }));
  await notifications.init();
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }));
  configureGatewayHttp(gateway);
  await gateway.init();
  return {
    http: request(gateway.getHttpServer()),
    async publish(subject, event) {
      await broker.publish(new SubjectNaming(env.MESSAGING_PREFIX).subject(subject), event.id, JSON.stringify(event), event.subject ?? event.id);
    },
    gateway,
    notifications,
    async createKey(...argv: string[]) {
      const out: string[] = [];
      const code = await runKeysCreate(argv, env, { stdout: (l) => out.push(l), stderr: () => undefined });
      if (code !== 0) throw new Error(`keys:create ${argv.join(' ')} exited with ${code}`);
      return out[0];
    },
    async close() {
      await gateway.close();
      await notifications.close();
      broker.close();
    },
  };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
