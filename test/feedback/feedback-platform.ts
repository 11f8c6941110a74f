import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import type { EngagementChangedV1 } from '#libs/contracts';
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
  /** Publishes an event on the broker as another service would (`subject` without the test's prefix). */
  deliver(subject: string, data: object, aggregateId: string): Promise<void>;
  close(): Promise<void>;
}

/** The CloudEvents envelope a bureau's own tool publishes on `civic.intake.feedback.<bureau>`, with its `bureau` extension. */
export function feedbackIntake(bureau: string, data: unknown): { id: string; body: string } {
  const id = uuidv7();
  const envelope = {
    specversion: '1.0',
    id,
    source: `/bureaus/${bureau.toLowerCase()}/survey-tool`,
    type: 'gov.civic.intake.feedback.v1',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: `intake-${id}`,
    bureau,
    data,
  };
  return { id, body: JSON.stringify(envelope) };
}

/** A scheduling engagement event for an engagement held (or to be held) from 17:00 to `endsAt`. */
export function engagementChanged(id: string, bureau: string, status: 'scheduled' | 'held', version: number, endsAt: Date): EngagementChangedV1 {
  return {
    engagement: {
      id,
      bureau,
      title: 'Lombard Street safety listening session',
      kind: 'listening_session',
      status,
      startsAt: new Date(endsAt.getTime() - 2 * 3_600_000).toISOString(),
      endsAt: endsAt.toISOString(),
      address: null,
      onlineUrl: null,
      audience: { organizations: [], councilDistricts: ['2'], communityTags: [] },
      version,
      timeZone: 'America/Los_Angeles',
      location: { neighborhoodIds: [], councilDistricts: ['2'] },
      languages: ['en', 'es'],
      accessibility: { accessibleVenue: true, asl: false, captioning: false, childcare: false, food: true, nearTransit: true, stipends: false },
      heldAt: status === 'held' ? endsAt.toISOString() : null,
      updatedAt: endsAt.toISOString(),
    },
    previousStatus: status === 'held' ? 'scheduled' : 'none',
    scope: { bureaus: [bureau], councilDistricts: ['2'], organizationIds: [], severity: 'info' },
  } as EngagementChangedV1;
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
    async deliver(subject: string, data: object, aggregateId: string) {
      const id = uuidv7();
      const envelope = { specversion: '1.0', id, source: '/civic/test', type: `gov.${subject}.v1`, time: new Date().toISOString(), datacontenttype: 'application/json', correlationid: 'test', data };
      await broker.publish(env.MESSAGING_PREFIX ? `${env.MESSAGING_PREFIX}.${subject}` : subject, id, JSON.stringify(envelope), aggregateId);
    },
    async close() {
      await gateway.close();
      await feedback.close();
      broker.close();
    },
  };
}
