import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { Events } from '#libs/contracts';
import { createServiceApp, SubjectNaming } from '#libs/messaging';
import { eventually, TEST_NATS_URL, TestNamespace } from '#libs/testing';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';
import { SubscriptionService } from '../../apps/notifications/src/subscriptions/subscription.service.js';
import { conflictEvent, WebhookReceiver } from './support.js';

// Built by `npm test` (and `npx tsc`) before the tests run.
const REPLICA = resolve('dist/test/notifications/notifications-replica.js');
const EVENTS = 20;

function startReplica(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [REPLICA], { env: { ...process.env, ...env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ready, fail) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && ready(child));
    child.once('exit', (code) => fail(new Error(`replica exited with ${code}`)));
  });
}

/** A replica killed while its webhooks are in flight: another replica takes its claims over once their lease ends, and nothing is lost. */
describe('a replica that dies mid-send', () => {
  const ns = new TestNamespace();
  const settings = { WEBHOOK_ALLOW_ADDRESSES: 'loopback', WEBHOOK_TIMEOUT_MS: '5000', DELIVERY_LEASE_MARGIN_MS: '1000', DELIVERY_POLL_MS: '100' };
  const receiver = new WebhookReceiver();
  const apps: INestApplication[] = [];
  let child: ChildProcess | undefined;
  let nc: NatsConnection;

  afterAll(async () => {
    child?.kill('SIGKILL');
    await nc?.close();
    for (const app of apps) await app.close();
    await receiver.close();
    await ns.cleanup();
  });

  it('delivers every alert once it is back, each under its own webhook-id, with one log row each', async () => {
    const url = await receiver.start();
    // Until the crash the receiver takes requests and never answers them.
    let hang = true;
    receiver.answer = () => (hang ? new Promise<number>(() => undefined) : 204);

    // This replica consumes and plans but does not send, so the child's worker is the one holding the claims.
    const planner = await createServiceApp(NotificationsModule.forRoot({ env: ns.env({ extra: { ...settings, DELIVERY_WORKER: 'off' } }), probes: false }));
    await planner.init();
    apps.push(planner);
    const as = { keyId: 'crash-test', role: 'coordinator' as const };
    const subscriptions = planner.get(SubscriptionService);
    const subscriber = await subscriptions.createSubscriber({ as, subscriber: { name: 'Receiver', kind: 'staff' } });
    const subscription = await subscriptions.createSubscription({ as, subscription: { subscriberId: subscriber.id, eventTypes: ['coordination.*'], channel: 'webhook', webhookUrl: url } });
    receiver.useSecret(subscription.webhookSecret!);

    nc = await connect({ servers: TEST_NATS_URL });
    const subject = new SubjectNaming(ns.prefix).subject(Events.ConflictDetected.subject);
    const events = Array.from({ length: EVENTS }, () => conflictEvent());
    for (const e of events) await jetstream(nc).publish(subject, JSON.stringify(e), { msgID: e.id });
    const planned = planner.get(DataSource);
    await eventually(async () => (await planned.query(`SELECT count(*)::int AS n FROM delivery`))[0].n, (n) => n === EVENTS, { timeoutMs: 30_000 });
    child = await startReplica(ns.env({ extra: settings }));

    await eventually(async () => receiver.received.length, (n) => n >= EVENTS, { timeoutMs: 30_000 });
    const inFlight = new Set(receiver.received.map((r) => r.id));
    expect(inFlight.size).toBe(EVENTS);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = undefined;
    hang = false;

    const sender = await createServiceApp(NotificationsModule.forRoot({ env: ns.env({ extra: settings }), probes: false }));
    await sender.init();
    apps.push(sender);
    const dataSource = sender.get(DataSource);
    type Row = { id: string; status: string; attempts: number };
    const rows = await eventually(
      (): Promise<Row[]> => dataSource.query(`SELECT id, status, attempts FROM delivery ORDER BY id`),
      (r) => r.length === EVENTS && r.every((d) => d.status === 'delivered'),
      { timeoutMs: 60_000 },
    );
    // The killed replica's claims were taken over after their lease: a second attempt of the same delivery.
    expect(rows.map((r) => r.attempts)).toEqual(Array(EVENTS).fill(2));
    expect(new Set(rows.map((r) => r.id))).toEqual(inFlight);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.body.data.eventId))).toEqual(new Set(events.map((e) => e.id)));
    // Each delivery reached the receiver twice under the same webhook-id, which is how it drops the repeat.
    for (const id of inFlight) expect(receiver.received.filter((r) => r.id === id)).toHaveLength(2);
  });
});
