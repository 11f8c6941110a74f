import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { Events } from '#libs/contracts';
import { createServiceApp, SubjectNaming } from '#libs/messaging';
import { platformRegistry } from '#libs/observability';
import { eventually, TEST_NATS_URL, TestNamespace } from '#libs/testing';
import { DeliveryRepository } from '../../apps/notifications/src/deliveries/delivery.repository.js';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';
import { SubscriptionService } from '../../apps/notifications/src/subscriptions/subscription.service.js';
import { conflictEvent, WebhookReceiver } from './support.js';

const EVENTS = 60;

/** Two replicas of the notifications service on NATS JetStream share the consumers and the delivery queue: every alert goes out once. */
/** The platform's count of webhooks sent again after an attempt that was never recorded. */
async function resentWebhooks(): Promise<number> {
  const metric = await platformRegistry.getSingleMetric('civic_notifications_resent_total')?.get();
  return metric?.values.find((v) => v.labels.channel === 'webhook')?.value ?? 0;
}

describe('two replicas, redelivered events', () => {
  const ns = new TestNamespace();
  const env = ns.env({ extra: { WEBHOOK_ALLOW_ADDRESSES: 'loopback', DELIVERY_POLL_MS: '100', MESSAGING_ACK_WAIT_MS: '5000' } });
  const receivers = [new WebhookReceiver(), new WebhookReceiver()];
  const replicas: INestApplication[] = [];
  let nc: NatsConnection;
  let subscriptionIds: string[] = [];

  beforeAll(async () => {
    const urls = await Promise.all(receivers.map((r) => r.start()));
    for (let i = 0; i < 2; i++) {
      const app = await createServiceApp(NotificationsModule.forRoot({ env, probes: false }));
      await app.init();
      replicas.push(app);
    }
    const subscriptions = replicas[0].get(SubscriptionService);
    const as = { keyId: 'replica-test-coordinator', role: 'coordinator' as const };
    subscriptionIds = [];
    for (const [i, url] of urls.entries()) {
      const subscriber = await subscriptions.createSubscriber({ as, subscriber: { name: `Receiver ${i}`, kind: 'staff', keyId: `receiver-${i}` } });
      const created = await subscriptions.createSubscription({
        as,
        subscription: { subscriberId: subscriber.id, eventTypes: ['coordination.*'], channel: 'webhook', webhookUrl: url },
      });
      receivers[i].useSecret(created.webhookSecret!);
      subscriptionIds.push(created.id);
    }
    nc = await connect({ servers: TEST_NATS_URL });
  });

  afterAll(async () => {
    await nc?.close();
    for (const app of replicas) await app.close();
    for (const r of receivers) await r.close();
    await ns.cleanup();
  });

  it('delivers each alert to each subscription exactly once, though every event is published three times', async () => {
    const js = jetstream(nc);
    const subject = new SubjectNaming(env.MESSAGING_PREFIX).subject(Events.ConflictDetected.subject);
    const events = Array.from({ length: EVENTS }, () => conflictEvent());
    for (const event of events) {
      const body = JSON.stringify(event);
      // Three broker messages with the same CloudEvents id: the stream keeps all three (different Nats-Msg-Id).
      for (const copy of ['a', 'b', 'c']) await js.publish(subject, body, { msgID: `${event.id}-${copy}` });
    }
    const all = () => receivers.reduce((n, r) => n + r.received.length, 0);
    await eventually(async () => all(), (n) => n >= EVENTS * 2, { timeoutMs: 60_000 });
    // Give late duplicates, if any, time to arrive.
    await new Promise((r) => setTimeout(r, 1500));

    for (const receiver of receivers) {
      expect(receiver.received).toHaveLength(EVENTS);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      expect(new Set(receiver.received.map((r) => r.id)).size).toBe(EVENTS);
      expect(new Set(receiver.received.map((r) => r.body.data.eventId)).size).toBe(EVENTS);
    }
    const rows = await replicas[0]
      .get(DataSource)
      .query(`SELECT status, attempts, count(*)::int AS n FROM delivery GROUP BY status, attempts`);
    expect(rows).toEqual([{ status: 'delivered', attempts: 1, n: EVENTS * 2 }]);

    // Each delivery is announced once on civic.notification.delivered, through the outbox and relay.
    const jsm = await jetstreamManager(nc);
    const announced = await eventually(
      async () => (await jsm.streams.info(`${env.MESSAGING_PREFIX}_CIVIC_NOTIFICATION`)).state.messages,
      (n) => n >= EVENTS * 2,
      { timeoutMs: 20_000 },
    );
    expect(announced).toBe(EVENTS * 2);
  });

  it('takes over a delivery whose worker died after claiming it, and ignores the dead worker if it comes back', async () => {
    const dataSource = replicas[0].get(DataSource);
    const deliveries = replicas[0].get(DeliveryRepository);
    const event = conflictEvent();
    const now = new Date();
    // What a worker leaves behind when it dies mid-send: a row claimed for a while, never finished.
    await dataSource.query(
      `INSERT INTO alert (event_id, event_type, cloud_event_type, time, data, received_at) VALUES ($1, 'coordination.conflict.detected', $2, $3, $4, $3)`,
      [event.id, event.type, now, JSON.stringify(event.data)],
    );
    const claimedUntil = new Date(now.getTime() + 1000);
    const deadClaim = { id: randomUUID(), attempts: 1 };
    const resentBefore = await resentWebhooks();
    await dataSource.query(
      `INSERT INTO delivery (id, event_id, event_type, subscription_id, subscriber_id, channel, status, attempts, next_attempt_at, claimed_until, retry_window_start, created_at, updated_at)
       SELECT $1, $2, 'coordination.conflict.detected', s.id, s.subscriber_id, 'webhook', 'sending', 1, $3, $3, $4, $4, $4 FROM subscription s WHERE s.id = $5`,
      [deadClaim.id, event.id, claimedUntil, now, subscriptionIds[0]],
    );
    const row = await eventually(
      () => dataSource.query(`SELECT status, attempts FROM delivery WHERE id = $1`, [deadClaim.id]),
      (r: Array<{ status: string }>) => r[0].status === 'delivered',
      { timeoutMs: 15_000 },
    );
    expect(row).toEqual([{ status: 'delivered', attempts: 2 }]);
    expect(Date.now()).toBeGreaterThanOrEqual(claimedUntil.getTime());
    expect(receivers[0].received.filter((r) => r.id === deadClaim.id)).toHaveLength(1);
    // It may have reached the receiver before: counted as a repeat, under the same webhook-id.
    expect(await resentWebhooks()).toBe(resentBefore + 1);
    // The dead worker's late report does not overwrite what the live one recorded.
    const recorded = await dataSource.transaction((m) => deliveries.finishAll(m, [{ claim: deadClaim, status: 'failed', error: 'late' }], new Date()));
    expect(recorded.size).toBe(0);
    expect(await dataSource.query(`SELECT status FROM delivery WHERE id = $1`, [deadClaim.id])).toEqual([{ status: 'delivered' }]);
  });
});
