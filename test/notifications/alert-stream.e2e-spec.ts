import type { AddressInfo } from 'node:net';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import pg from 'pg';
import { AlertScope, contract, Events, type LiveAlertPage } from '#libs/contracts';
import { eventually, TestNamespace } from '#libs/testing';
import { DeliveryService } from '../../apps/notifications/src/deliveries/delivery.service.js';
import { LIVE_ALERT_CHANNEL, LiveAlertSignal } from '../../apps/notifications/src/deliveries/live-alert-signal.js';
import { bearer, startNotificationsPlatform, type NotificationsPlatform } from './notifications-platform.js';
import { conflictEvent, envelope, KENTON } from './support.js';

/** An event another service adds later: notifications knows nothing of it but its scope. */
class ThemeTrendingTest {
  @IsString()
  theme: string;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}
const ThemeTrending = contract('civic.feedback.theme.trending', ThemeTrendingTest);

interface StreamEvent {
  id: string;
  event: string;
  data: { position: number; eventId: string; eventType: string; data: Record<string, unknown> };
}

/** Reads server-sent events until `count` have arrived, then hangs up. */
async function readStream(url: string, key: string, count: number, lastEventId?: string): Promise<StreamEvent[]> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { ...bearer(key), ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) }, signal: controller.signal });
  if (res.status !== 200) throw new Error(`stream answered ${res.status}: ${await res.text()}`);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  let buffer = '';
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(frame.split('\n').filter((l) => !l.startsWith(':') && l.includes(': ')).map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]));
        if (fields.data) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

describe('/v1/alerts/stream', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null, extra: { DELIVERY_POLL_MS: '100' } });
  let platform: NotificationsPlatform;
  let streamUrl: string;
  const keys = { coordinator: '', pbot: '', bes: '', nobody: '' };

  beforeAll(async () => {
    platform = await startNotificationsPlatform(env, { contracts: [ThemeTrending] });
    await platform.gateway.listen(0, '127.0.0.1');
    streamUrl = `http://127.0.0.1:${(platform.gateway.getHttpServer().address() as AddressInfo).port}/v1/alerts/stream`;
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    keys.nobody = await platform.createKey('--role', 'bureau', '--bureau', 'PWB');
    for (const [key, bureau] of [[keys.pbot, 'PBOT'], [keys.bes, 'BES']]) {
      await platform.http.post('/v1/subscribers').set(bearer(key)).send({ name: bureau, kind: 'bureau' });
      const res = await platform.http
        .post('/v1/subscriptions')
        .set(bearer(key))
        .send({ eventTypes: ['coordination.*', 'feedback.*'], filters: { bureaus: [bureau] }, channel: 'live' });
      expect(res.status).toBe(201);
    }
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const delivered = (count: number) =>
    eventually(
      async () => (await platform.http.get('/v1/deliveries').query({ status: 'delivered', limit: 500 }).set(bearer(keys.coordinator))).body.length,
      (n: number) => n >= count,
      { timeoutMs: 15_000 },
    );

  it('streams the caller’s live alerts, only theirs, and resumes after Last-Event-ID', async () => {
    const pbotOnly = [conflictEvent({ bureaus: ['PBOT'] }), conflictEvent({ bureaus: ['PBOT'] }), conflictEvent({ bureaus: ['PBOT'] })];
    const besOnly = conflictEvent({ bureaus: ['BES'] });
    for (const e of [...pbotOnly, besOnly]) await platform.publish(Events.ConflictDetected.subject, e);
    await delivered(4);

    const first = await readStream(streamUrl, keys.pbot, 3);
    // Independent alerts may be delivered in any order; the stream keeps the order they were delivered in.
    const streamed = (events: StreamEvent[]) => events.map((e) => e.data.eventId).sort();
    const ids = (events: Array<{ id: string }>) => events.map((e) => e.id).sort();
    expect(streamed(first)).toEqual(ids(pbotOnly));
    expect(first.map((e) => e.event)).toEqual(Array(3).fill('coordination.conflict.detected'));
    expect(first.map((e) => Number(e.id))).toEqual([...first.map((e) => Number(e.id))].sort((a, b) => a - b));
    expect(first[0].data.data).toEqual(pbotOnly.find((e) => e.id === first[0].data.eventId)!.data);

    // While away, two more arrive; reconnecting with the last id seen gives exactly those.
    const later = [conflictEvent({ bureaus: ['PBOT'] }), conflictEvent({ bureaus: ['PBOT'] })];
    for (const e of later) await platform.publish(Events.ConflictDetected.subject, e);
    await delivered(6);
    const resumed = await readStream(streamUrl, keys.pbot, 2, first[2].id);
    expect(streamed(resumed)).toEqual(ids(later));

    const bes = await readStream(streamUrl, keys.bes, 1);
    expect(bes.map((e) => e.data.eventId)).toEqual([besOnly.id]);
  });

  it('pushes an alert to a client already connected', async () => {
    const all = await readStream(streamUrl, keys.pbot, 5);
    const streaming = readStream(streamUrl, keys.pbot, 1, all[4].id);
    await new Promise((r) => setTimeout(r, 300));
    const fresh = conflictEvent({ bureaus: ['PBOT'] });
    await platform.publish(Events.ConflictDetected.subject, fresh);
    expect((await streaming).map((e) => e.data.eventId)).toEqual([fresh.id]);
  });

  it('alerts on an event type added after this service was written, by its scope alone', async () => {
    const all = await readStream(streamUrl, keys.bes, 1);
    const event = envelope(ThemeTrending, {
      theme: 'Safer crossings on Lombard',
      scope: { bureaus: ['BES'], councilDistricts: ['2'], organizationIds: [KENTON.id], severity: 'low' },
    });
    await platform.publish(ThemeTrending.subject, event);
    const [received] = await readStream(streamUrl, keys.bes, 1, all[0].id);
    expect(received).toMatchObject({ event: 'feedback.theme.trending', data: { eventId: event.id, data: { theme: 'Safer crossings on Lombard' } } });
  });

  describe('long polls', () => {
    const asPbot = async () => {
      const current = (await platform.http.get('/v1/api-keys/current').set(bearer(keys.pbot))).body as { keyId: string };
      return { keyId: current.keyId, role: 'bureau' as const, bureauCode: 'PBOT' };
    };
    const lastPosition = async () => Math.max(0, ...(await platform.notifications.get(DeliveryService).live({ as: await asPbot(), after: 0, limit: 500 })).alerts.map((a) => a.position));

    it('answers a long poll as soon as an alert is committed, not when its wait runs out', async () => {
      const after = await lastPosition();
      const polling = platform.notifications.get(DeliveryService).live({ as: await asPbot(), after, waitMs: 20_000 });
      const fresh = conflictEvent({ bureaus: ['PBOT'] });
      await platform.publish(Events.ConflictDetected.subject, fresh);
      const answered = await Promise.race([polling, new Promise<'waited'>((r) => setTimeout(() => r('waited'), 10_000))]);
      expect(answered).not.toBe('waited');
      expect((answered as LiveAlertPage).alerts.map((a) => a.eventId)).toEqual([fresh.id]);
    });

    it('answers empty when nothing comes within the wait', async () => {
      const page = await platform.notifications.get(DeliveryService).live({ as: await asPbot(), after: await lastPosition(), waitMs: 200 });
      expect(page.alerts).toEqual([]);
      expect(page.subscriberId).not.toBeNull();
    });

    it('is woken by a commit of any replica: the signal listens on Postgres', async () => {
      const subscriberId = '01900000-0000-7000-8000-00000000abcd';
      const waiting = platform.notifications.get(LiveAlertSignal).waitFor(subscriberId, 20_000);
      const other = new pg.Client({ connectionString: ns.databaseUrl('notifications') });
      await other.connect();
      // LISTEN starts with the first wait; notify until the waiter hears one.
      let woken = false;
      void waiting.done.then(() => (woken = true));
      await eventually(async () => {
        await other.query(`SELECT pg_notify($1, $2)`, [LIVE_ALERT_CHANNEL, subscriberId]);
        return woken;
      }, (w) => w, { timeoutMs: 10_000, everyMs: 100 });
      await other.end();
    });
  });

  it('answers 404 to a key without a subscriber and 400 to a bad Last-Event-ID', async () => {
    const none = await fetch(streamUrl, { headers: bearer(keys.nobody) });
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const bad = await fetch(streamUrl, { headers: { ...bearer(keys.pbot), 'Last-Event-ID': 'yesterday' } });
    expect(bad.status).toBe(400);
    expect((await fetch(streamUrl)).status).toBe(401);
  });
});
