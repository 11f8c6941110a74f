import pg from 'pg';
import { Events } from '#libs/contracts';
import { eventually, TestNamespace } from '#libs/testing';
import { WebhookError, WebhookSender } from '../../apps/notifications/src/channels/webhook.sender.js';
import { DeliveryPlanner } from '../../apps/notifications/src/deliveries/delivery-planner.js';
import { DeliveryWorker } from '../../apps/notifications/src/deliveries/delivery-worker.js';
import { notificationSettingsFrom } from '../../apps/notifications/src/notification-settings.js';
import { DataSource } from 'typeorm';
import { bearer, startNotificationsPlatform, type NotificationsPlatform } from './notifications-platform.js';
import { conflictEvent, ControlledClock, WebhookReceiver } from './support.js';

const HOUR = 3_600_000;

/** Signed webhooks from an alert to a real receiver: once, retried with backoff, failed after 24 h, retried by staff. */
describe('webhook deliveries', () => {
  const ns = new TestNamespace();
  const env = ns.env({
    natsUrl: null,
    extra: { WEBHOOK_ALLOW_ADDRESSES: 'loopback', DELIVERY_WORKER: 'off', DELIVERY_RETRY_BASE_MS: '60000', DELIVERY_RETRY_MAX_MS: String(4 * HOUR) },
  });
  const clock = new ControlledClock();
  const receiver = new WebhookReceiver();
  let platform: NotificationsPlatform;
  let worker: DeliveryWorker;
  let db: pg.Client;
  let hookUrl: string;
  const keys = { coordinator: '', pbot: '' };
  let subscriptionId: string;
  let secret: string;

  beforeAll(async () => {
    hookUrl = await receiver.start();
    platform = await startNotificationsPlatform(env, { clock });
    worker = platform.notifications.get(DeliveryWorker, { strict: false });
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    db = new pg.Client({ connectionString: ns.databaseUrl('notifications') });
    await db.connect();
    await platform.http.post('/v1/subscribers').set(bearer(keys.pbot)).send({ name: 'PBOT systems', kind: 'bureau' });
    const created = await platform.http
      .post('/v1/subscriptions')
      .set(bearer(keys.pbot))
      .send({ eventTypes: ['coordination.conflict.*'], filters: { bureaus: ['PBOT'], minSeverity: 'medium' }, channel: 'webhook', webhookUrl: hookUrl });
    expect(created.status).toBe(201);
    expect(created.body.webhookSecret).toMatch(/^whsec_/);
    subscriptionId = created.body.id;
    secret = created.body.webhookSecret;
    receiver.useSecret(secret);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.close();
    await receiver.close();
    await ns.cleanup();
  });

  const deliveriesOf = async (eventId: string) =>
    (await platform.http.get('/v1/deliveries').query({ eventId }).set(bearer(keys.coordinator))).body as Array<Record<string, unknown>>;
  const planned = (eventId: string) => eventually(() => deliveriesOf(eventId), (list) => list.length > 0, { timeoutMs: 10_000 });
  const outboxEvents = async (deliveryId: string) =>
    (await db.query(`SELECT subject, envelope FROM outbox_event WHERE aggregate_id = $1 ORDER BY created_at`, [deliveryId])).rows as Array<{
      subject: string;
      envelope: { data: Record<string, unknown> };
    }>;

  it('delivers a matching alert once, signed per Standard Webhooks, in plain words', async () => {
    receiver.answer = () => 204;
    const event = conflictEvent();
    await platform.publish(Events.ConflictDetected.subject, event);
    const [delivery] = await planned(event.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 0, channel: 'webhook', subscriptionId, eventType: 'coordination.conflict.detected' });

    expect(await worker.runOnce()).toBe(1);
    const hooks = receiver.received.filter((r) => r.body.data.eventId === event.id);
    expect(hooks).toHaveLength(1);
    expect(hooks[0].verified).toBe(true);
    expect(hooks[0].id).toBe(delivery.id);
    expect(hooks[0].headers['content-type']).toBe('application/json');
    expect(hooks[0].body.type).toBe('coordination.conflict.detected');
    expect(hooks[0].body.data.alert).toEqual(event.data);
    expect(hooks[0].body.data.summary).toMatch(/PBOT "Lombard Street safety listening session".*BES "Green streets open house"/);

    const [done] = await deliveriesOf(event.id);
    expect(done).toMatchObject({ status: 'delivered', attempts: 1, lastError: null, deliveredAt: clock.now().toISOString() });
    const events = await outboxEvents(delivery.id as string);
    expect(events.map((e) => e.subject)).toEqual(['civic.notification.delivered']);
    expect(events[0].envelope.data).toMatchObject({ deliveryId: delivery.id, eventId: event.id, channel: 'webhook', attempts: 1 });

    // Nothing is left to send.
    expect(await worker.runOnce()).toBe(0);
  });

  it('sends nothing for an alert outside the filters', async () => {
    const otherBureau = conflictEvent({ bureaus: ['BES'] });
    const tooMild = conflictEvent({ severity: 'low' });
    await platform.publish(Events.ConflictDetected.subject, otherBureau);
    await platform.publish(Events.ConflictDetected.subject, tooMild);
    // A third, matching alert published after them shows the first two were handled.
    const matching = conflictEvent();
    await platform.publish(Events.ConflictDetected.subject, matching);
    await planned(matching.id);
    expect(await deliveriesOf(otherBureau.id)).toEqual([]);
    expect(await deliveriesOf(tooMild.id)).toEqual([]);
    await worker.runOnce();
  });

  it('records one delivery per (event, subscription) however often the event arrives', async () => {
    const event = conflictEvent();
    await platform.publish(Events.ConflictDetected.subject, event);
    await planned(event.id);
    // Redelivered under another broker message id: the consumer's inbox makes it a no-op.
    await platform.publish(Events.ConflictDetected.subject, { ...event, correlationid: 'again' });
    // Planned again past the inbox (another consumer, a replayed stream): the unique constraint holds.
    const planner = platform.notifications.get(DeliveryPlanner, { strict: false });
    const again = await platform.notifications.get(DataSource).transaction((m) => planner.plan(m, Events.ConflictDetected.subject, event, event.data.scope));
    expect(again).toBe(0);
    expect(await deliveriesOf(event.id)).toHaveLength(1);
    await worker.runOnce();
    await worker.runOnce();
    expect(receiver.received.filter((r) => r.body.data.eventId === event.id)).toHaveLength(1);
  });

  it('retries a failing receiver with growing, jittered delays, and gives up after 24 hours', async () => {
    receiver.answer = () => 503;
    const event = conflictEvent();
    await platform.publish(Events.ConflictDetected.subject, event);
    const [delivery] = await planned(event.id);
    const start = clock.now().getTime();

    await worker.runOnce();
    let [state] = await deliveriesOf(event.id);
    expect(state).toMatchObject({ status: 'pending', attempts: 1, lastError: 'the receiver answered HTTP 503' });
    const firstDelay = Date.parse(state.nextAttemptAt as string) - clock.now().getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(30_000);
    expect(firstDelay).toBeLessThanOrEqual(60_000);

    // Not due yet: nothing is sent.
    clock.advance(firstDelay - 1000);
    await worker.runOnce();
    expect(receiver.received.filter((r) => r.id === delivery.id)).toHaveLength(1);

    const delays = [firstDelay];
    for (let i = 0; i < 40 && state.status === 'pending'; i++) {
      clock.advance(Date.parse(state.nextAttemptAt as string) - clock.now().getTime());
      await worker.runOnce();
      [state] = await deliveriesOf(event.id);
      if (state.status === 'pending') delays.push(Date.parse(state.nextAttemptAt as string) - clock.now().getTime());
    }
    expect(state).toMatchObject({ status: 'failed', lastError: 'the receiver answered HTTP 503' });
    const attempts = receiver.received.filter((r) => r.id === delivery.id);
    expect(attempts).toHaveLength(state.attempts as number);
    expect(attempts.every((a) => a.verified)).toBe(true);
    // Attempt n waits within the upper half of min(4 h, 60 s · 2^(n-1)): doubling, jittered, capped.
    delays.forEach((delay, i) => {
      const ceiling = Math.min(4 * HOUR, 60_000 * 2 ** i);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
    expect(delays.length).toBeGreaterThan(8);
    expect(clock.now().getTime() - start).toBeLessThanOrEqual(24 * HOUR);
    expect(clock.now().getTime() - start).toBeGreaterThan(16 * HOUR);
    expect((await outboxEvents(delivery.id as string)).map((e) => e.subject)).toEqual(['civic.notification.failed']);

    // Staff send it again once the receiver is back.
    receiver.answer = () => 200;
    const bureauRetry = await platform.http.post(`/v1/deliveries/${delivery.id}/retry`).set(bearer(keys.pbot));
    expect(bureauRetry.status).toBe(403);
    const retried = await platform.http.post(`/v1/deliveries/${delivery.id}/retry`).set(bearer(keys.coordinator));
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('pending');
    await worker.runOnce();
    expect((await deliveriesOf(event.id))[0]).toMatchObject({ status: 'delivered', attempts: (state.attempts as number) + 1 });
    expect(new Set(receiver.received.filter((r) => r.body.data.eventId === event.id).map((r) => r.id))).toEqual(new Set([delivery.id]));
    expect((await outboxEvents(delivery.id as string)).map((e) => e.subject)).toEqual(['civic.notification.failed', 'civic.notification.delivered']);

    const again = await platform.http.post(`/v1/deliveries/${delivery.id}/retry`).set(bearer(keys.coordinator));
    expect(again.status).toBe(409);
  });

  it('lists the delivery log for staff only, filtered', async () => {
    expect((await platform.http.get('/v1/deliveries').set(bearer(keys.pbot))).status).toBe(403);
    const delivered = await platform.http.get('/v1/deliveries').query({ status: 'delivered' }).set(bearer(keys.coordinator));
    expect(delivered.status).toBe(200);
    expect(delivered.body.length).toBeGreaterThanOrEqual(3);
    expect(delivered.body.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    const bad = await platform.http.get('/v1/deliveries').query({ status: 'lost', limit: 0 }).set(bearer(keys.coordinator));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'status']);
  });

  it('records a quick receiver’s delivery without waiting for a slow one in the same batch', async () => {
    const slow = new WebhookReceiver();
    const slowUrl = await slow.start();
    let release: () => void = () => undefined;
    slow.answer = () => new Promise<number>((resolve) => (release = () => resolve(204)));
    try {
      const created = await platform.http
        .post('/v1/subscriptions')
        .set(bearer(keys.pbot))
        .send({ eventTypes: ['coordination.conflict.detected'], channel: 'webhook', webhookUrl: slowUrl });
      slow.useSecret(created.body.webhookSecret);
      receiver.answer = () => 204;
      const event = conflictEvent();
      await platform.publish(Events.ConflictDetected.subject, event);
      await eventually(() => deliveriesOf(event.id), (list) => list.length === 2, { timeoutMs: 10_000 });

      const pass = worker.runOnce();
      const states = await eventually(
        async () => Object.fromEntries((await deliveriesOf(event.id)).map((d) => [d.subscriptionId, d.status])),
        (byId) => byId[subscriptionId] === 'delivered',
        { timeoutMs: 5000, everyMs: 20 },
      );
      expect(states[created.body.id]).toBe('sending');
      expect(slow.received).toHaveLength(1);
      release();
      await pass;
      expect((await deliveriesOf(event.id)).map((d) => d.status)).toEqual(['delivered', 'delivered']);
      await platform.http.delete(`/v1/subscriptions/${created.body.id}`).set(bearer(keys.pbot));
    } finally {
      release();
      await slow.close();
    }
  });

  it('refuses at send time a URL that leads to a loopback address when configuration does not allow it', async () => {
    const sender = new WebhookSender({ ...notificationSettingsFrom(env), allowedRanges: [] });
    const before = receiver.received.length;
    const local = hookUrl.replace('127.0.0.1', 'localhost');
    for (const url of [hookUrl, local]) {
      const sent = sender.send({ url, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_1', body: '{}' });
      await expect(sent).rejects.toBeInstanceOf(WebhookError);
      await expect(sent).rejects.toMatchObject({ permanent: true, message: expect.stringMatching(/loopback/) });
    }
    expect(receiver.received.length).toBe(before);
  });

  it('times out a receiver that does not answer, as a failure to retry', async () => {
    const sender = new WebhookSender({ ...notificationSettingsFrom(env), allowedRanges: ['loopback'], webhookTimeoutMs: 300 });
    receiver.answer = () => new Promise((resolve) => setTimeout(() => resolve(204), 1000));
    const started = Date.now();
    await expect(sender.send({ url: hookUrl, secret, id: 'msg_2', body: '{}' })).rejects.toMatchObject({
      permanent: false,
      message: 'no answer within 300 ms',
    });
    expect(Date.now() - started).toBeLessThan(1500);
    receiver.answer = () => 204;
  });

  it('forgets finished deliveries and their alerts after the retention, and keeps what is still to send', async () => {
    receiver.answer = () => 503;
    const waiting = conflictEvent();
    await platform.publish(Events.ConflictDetected.subject, waiting);
    await planned(waiting.id);
    const finished = (await platform.http.get('/v1/deliveries').query({ status: 'delivered' }).set(bearer(keys.coordinator))).body.length;
    expect(finished).toBeGreaterThan(0);

    clock.advance(89 * 24 * HOUR);
    expect(await worker.prune()).toEqual({ deliveries: 0, alerts: 0 });
    clock.advance(2 * 24 * HOUR);
    const pruned = await worker.prune();
    expect(pruned.deliveries).toBeGreaterThanOrEqual(finished);
    expect(pruned.alerts).toBeGreaterThan(0);
    expect((await platform.http.get('/v1/deliveries').query({ status: 'delivered' }).set(bearer(keys.coordinator))).body).toEqual([]);
    // The pending delivery and its alert stay, and still go out.
    receiver.answer = () => 204;
    await worker.runOnce();
    expect((await deliveriesOf(waiting.id))[0]).toMatchObject({ status: 'delivered' });
    expect(receiver.received.filter((r) => r.body.data?.eventId === waiting.id).at(-1)?.body.data.alert).toEqual(waiting.data);
  });
});
