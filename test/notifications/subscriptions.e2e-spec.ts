import { TestNamespace } from '#libs/testing';
import { bearer, startNotificationsPlatform, type NotificationsPlatform } from './notifications-platform.js';

const KENTON = '11111111-1111-4111-8111-111111111111';

/** `/v1/subscribers` and `/v1/subscriptions` through the gateway to the notifications service. */
describe('/v1/subscribers and /v1/subscriptions', () => {
  const ns = new TestNamespace();
  // No address range allowed: webhooks to this machine are refused.
  const env = ns.env({ natsUrl: null, extra: { DELIVERY_WORKER: 'off' } });
  let platform: NotificationsPlatform;
  let http: NotificationsPlatform['http'];
  const keys = { coordinator: '', pbot: '', bes: '' };
  let pbotSubscriber: { id: string };

  beforeAll(async () => {
    platform = await startNotificationsPlatform(env);
    http = platform.http;
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const conflicts = (changes: Record<string, unknown> = {}) => ({
    eventTypes: ['coordination.*'],
    filters: { bureaus: ['PBOT'], councilDistricts: ['2'], organizationIds: [KENTON], minSeverity: 'medium' },
    channel: 'live',
    ...changes,
  });
  const expectFieldError = (res: { status: number; body: { errors?: Array<{ field: string }> } }, field: string) => {
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  };

  it('lets a key create its own subscriber, once', async () => {
    const res = await http.post('/v1/subscribers').set(bearer(keys.pbot)).send({ name: 'PBOT outreach', kind: 'bureau', email: 'outreach@pbot.example' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'PBOT outreach', kind: 'bureau', email: 'outreach@pbot.example', keyId: expect.any(String) });
    pbotSubscriber = res.body;
    const again = await http.post('/v1/subscribers').set(bearer(keys.pbot)).send({ name: 'Second', kind: 'bureau' });
    expect(again.status).toBe(409);
    expect((await http.get('/v1/subscribers').set(bearer(keys.pbot))).body).toEqual({ items: [expect.objectContaining({ id: pbotSubscriber.id })], nextCursor: null });
  });

  it('refuses a bureau key creating a subscriber for another key', async () => {
    const res = await http.post('/v1/subscribers').set(bearer(keys.bes)).send({ name: 'Someone', kind: 'staff', keyId: 'another-key' });
    expect(res.status).toBe(403);
  });

  it('subscribes with patterns, filters, a channel and quiet hours in a time zone', async () => {
    const res = await http
      .post('/v1/subscriptions')
      .set(bearer(keys.pbot))
      .send(conflicts({ channel: 'email', quietHours: { start: '22:00', end: '07:00' }, timeZone: 'America/Los_Angeles' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subscriberId: pbotSubscriber.id,
      eventTypes: ['coordination.*'],
      filters: { bureaus: ['PBOT'], councilDistricts: ['2'], organizationIds: [KENTON], minSeverity: 'medium' },
      channel: 'email',
      quietHours: { start: '22:00', end: '07:00' },
      timeZone: 'America/Los_Angeles',
      active: true,
    });
    expect(res.body.webhookSecret).toBeUndefined();
    // This platform has no SMTP_URL: the subscriber is told now, not by failed deliveries later.
    expect(res.body.warnings).toEqual([expect.stringContaining('SMTP_URL is not set')]);
    const got = await http.get(`/v1/subscriptions/${res.body.id}`).set(bearer(keys.pbot));
    expect(got.body).toEqual({ ...res.body, warnings: undefined });
  });

  it('answers 400 naming the field for an unknown event type, and stores nothing', async () => {
    const before = (await http.get('/v1/subscriptions').set(bearer(keys.pbot))).body.length;
    const res = await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ eventTypes: ['coordination.*', 'parking.ticket.issued'] }));
    expectFieldError(res, 'eventTypes');
    expect(res.body.errors[0]).toMatchObject({ rule: 'isAlertEventTypePattern', message: expect.stringMatching(/coordination\.conflict\.detected/) });
    expectFieldError(await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ eventTypes: ['coordination..x'] })), 'eventTypes');
    expect((await http.get('/v1/subscriptions').set(bearer(keys.pbot))).body).toHaveLength(before);
  });

  it('answers 400 for quiet hours without a time zone, or with an unknown one', async () => {
    const res = await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ quietHours: { start: '22:00', end: '07:00' } }));
    expectFieldError(res, 'timeZone');
    expect(res.body.detail).toMatch(/timeZone is required with quietHours/);
    const unknown = await http
      .post('/v1/subscriptions')
      .set(bearer(keys.pbot))
      .send(conflicts({ quietHours: { start: '22:00', end: '07:00' }, timeZone: 'Portland/Oregon' }));
    expectFieldError(unknown, 'timeZone');
    expectFieldError(await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ quietHours: { start: '25:00', end: '07:00' }, timeZone: 'UTC' })), 'quietHours.start');
  });

  it('answers 400 for a missing or invalid webhook URL, and for one that leads to this machine', async () => {
    expectFieldError(await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ channel: 'webhook' })), 'webhookUrl');
    expectFieldError(await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ channel: 'webhook', webhookUrl: 'not a url' })), 'webhookUrl');
    expectFieldError(await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ channel: 'webhook', webhookUrl: 'ftp://example.org/x' })), 'webhookUrl');
    const loopback = await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ channel: 'webhook', webhookUrl: 'http://127.0.0.1:9/hook' }));
    expectFieldError(loopback, 'webhookUrl');
    expect(loopback.body.detail).toMatch(/loopback/);
    const privateHost = await http.post('/v1/subscriptions').set(bearer(keys.pbot)).send(conflicts({ channel: 'webhook', webhookUrl: 'http://10.0.0.8/hook' }));
    expect(privateHost.body.detail).toMatch(/private/);
  });

  it('answers 400 for other bad filters and channels', async () => {
    const res = await http
      .post('/v1/subscriptions')
      .set(bearer(keys.pbot))
      .send(conflicts({ channel: 'pigeon', filters: { bureaus: ['pbot'], councilDistricts: ['north'], organizationIds: ['kenton'], minSeverity: 'urgent' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['channel', 'filters.bureaus', 'filters.councilDistricts', 'filters.minSeverity', 'filters.organizationIds'].sort(),
    );
  });

  it('needs the subscriber’s email for email and digest channels', async () => {
    await http.post('/v1/subscribers').set(bearer(keys.bes)).send({ name: 'BES', kind: 'bureau' });
    const res = await http.post('/v1/subscriptions').set(bearer(keys.bes)).send(conflicts({ channel: 'digest_daily', timeZone: 'America/Los_Angeles' }));
    expectFieldError(res, 'channel');
    expect((await http.post('/v1/subscriptions').set(bearer(keys.bes)).send(conflicts())).status).toBe(201);
  });

  it('keeps each key to its own subscriber and subscriptions; a coordinator sees and manages all', async () => {
    const mine = (await http.get('/v1/subscriptions').set(bearer(keys.pbot))).body;
    const theirs = (await http.get('/v1/subscriptions').set(bearer(keys.bes))).body;
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.every((s: { subscriberId: string }) => s.subscriberId !== pbotSubscriber.id)).toBe(true);
    expect((await http.get(`/v1/subscriptions/${mine[0].id}`).set(bearer(keys.bes))).status).toBe(404);
    expect((await http.patch(`/v1/subscriptions/${mine[0].id}`).set(bearer(keys.bes)).send({ active: false })).status).toBe(404);
    expect((await http.get(`/v1/subscribers/${pbotSubscriber.id}`).set(bearer(keys.bes))).status).toBe(404);

    const all = (await http.get('/v1/subscriptions').set(bearer(keys.coordinator))).body;
    expect(all.length).toBe(mine.length + theirs.length);
    const subscribers = (await http.get('/v1/subscribers').set(bearer(keys.coordinator))).body.items;
    expect(subscribers.find((s: { id: string }) => s.id === pbotSubscriber.id).email).toBe('outreach@pbot.example');

    // A page at a time in name order, every subscriber once.
    const paged: Array<{ id: string; name: string }> = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Array<{ id: string; name: string }>; nextCursor: string | null } } = await http.get('/v1/subscribers').query({ limit: 1, ...(cursor ? { cursor } : {}) }).set(bearer(keys.coordinator));
      expect([page.status, page.body.items.length]).toEqual([200, 1]);
      paged.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged.map((s) => s.id)).toEqual(subscribers.map((s: { id: string }) => s.id));
    expect(paged.map((s) => s.name)).toEqual([...paged.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const forged = await http.get('/v1/subscribers').query({ cursor: 'bm90LW91cnM' }).set(bearer(keys.coordinator));
    expect([forged.status, forged.body.errors]).toEqual([400, [expect.objectContaining({ field: 'cursor', rule: 'isCursor' })]]);

    const paused = await http.patch(`/v1/subscriptions/${mine[0].id}`).set(bearer(keys.coordinator)).send({ active: false });
    expect(paused.status).toBe(200);
    expect(paused.body.active).toBe(false);
  });

  it('lets a coordinator create a subscriber for another key and subscribe it', async () => {
    const coalition = await http
      .post('/v1/subscribers')
      .set(bearer(keys.coordinator))
      .send({ name: 'North Portland Neighborhood Services', kind: 'coalition', email: 'office@npns.example', keyId: 'coalition-key' });
    expect(coalition.status).toBe(201);
    const sub = await http.post('/v1/subscriptions').set(bearer(keys.coordinator)).send(conflicts({ subscriberId: coalition.body.id }));
    expect(sub.status).toBe(201);
    expect(sub.body.subscriberId).toBe(coalition.body.id);
  });

  it('changes a subscription only into a valid one', async () => {
    const [first] = (await http.get('/v1/subscriptions').set(bearer(keys.pbot))).body;
    expectFieldError(await http.patch(`/v1/subscriptions/${first.id}`).set(bearer(keys.pbot)).send({ eventTypes: ['nothing.*'] }), 'eventTypes');
    expectFieldError(await http.patch(`/v1/subscriptions/${first.id}`).set(bearer(keys.pbot)).send({ timeZone: null }), 'timeZone');
    const changed = await http.patch(`/v1/subscriptions/${first.id}`).set(bearer(keys.pbot)).send({ eventTypes: ['engagement.*', 'coordination.conflict.detected'] });
    expect(changed.status).toBe(200);
    expect(changed.body.eventTypes).toEqual(['engagement.*', 'coordination.conflict.detected']);
    expect(changed.body.quietHours).toEqual({ start: '22:00', end: '07:00' });
  });

  it('changes a subscriber, but keeps the email that its email subscriptions need', async () => {
    const renamed = await http.patch(`/v1/subscribers/${pbotSubscriber.id}`).set(bearer(keys.pbot)).send({ name: 'PBOT community outreach' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('PBOT community outreach');
    expectFieldError(await http.patch(`/v1/subscribers/${pbotSubscriber.id}`).set(bearer(keys.pbot)).send({ email: null }), 'email');
    expectFieldError(await http.patch(`/v1/subscribers/${pbotSubscriber.id}`).set(bearer(keys.pbot)).send({ email: 'not-an-address' }), 'email');
    expect((await http.get(`/v1/subscribers/${pbotSubscriber.id}`).set(bearer(keys.pbot))).body.email).toBe('outreach@pbot.example');
  });

  it('deletes a subscription, then a subscriber with the rest of its subscriptions', async () => {
    const [first] = (await http.get('/v1/subscriptions').set(bearer(keys.pbot))).body;
    expect((await http.delete(`/v1/subscriptions/${first.id}`).set(bearer(keys.pbot))).status).toBe(204);
    expect((await http.get(`/v1/subscriptions/${first.id}`).set(bearer(keys.pbot))).status).toBe(404);
    expect((await http.delete(`/v1/subscribers/${pbotSubscriber.id}`).set(bearer(keys.pbot))).status).toBe(204);
    expect((await http.get('/v1/subscriptions').set(bearer(keys.pbot))).body).toEqual([]);
    expect((await http.get('/v1/subscribers/not-a-uuid').set(bearer(keys.pbot))).status).toBe(400);
  });
});
