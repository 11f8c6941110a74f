import { Events } from '#libs/contracts';
import { eventually, freePort, TestNamespace } from '#libs/testing';
import { EmailError, EmailSender } from '../../apps/notifications/src/channels/email.sender.js';
import { DeliveryWorker } from '../../apps/notifications/src/deliveries/delivery-worker.js';
import { notificationSettingsFrom } from '../../apps/notifications/src/notification-settings.js';
import { bearer, startNotificationsPlatform, type NotificationsPlatform } from './notifications-platform.js';
import { conflictEvent, ControlledClock, MailCatcher, rawHeader } from './support.js';

const PUBLIC_URL = 'https://civic.example.org';

/** Alerts by email to a real SMTP server: plain words, one-click unsubscribe, quiet hours and digests. */
describe('email and digests', () => {
  const ns = new TestNamespace();
  const mail = new MailCatcher();
  // 10:00 in Portland.
  const clock = new ControlledClock(new Date('2026-12-01T18:00:00Z'));
  let platform: NotificationsPlatform;
  let worker: DeliveryWorker;
  const keys = { coordinator: '' };
  let subscriberIds: Record<string, string> = {};

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    const env = ns.env({ natsUrl: null, extra: { SMTP_URL: smtpUrl, PUBLIC_URL, NOTIFICATIONS_SECRET: 'test-secret', DELIVERY_WORKER: 'off', MAIL_FROM: 'Alerts <alerts@civic.example.org>' } });
    platform = await startNotificationsPlatform(env, { clock });
    worker = platform.notifications.get(DeliveryWorker, { strict: false });
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    subscriberIds = {};
    for (const name of ['now', 'night', 'digest', 'gone']) {
      const res = await platform.http
        .post('/v1/subscribers')
        .set(bearer(keys.coordinator))
        .send({ name: `Staff ${name}`, kind: 'staff', email: `${name}@city.example`, keyId: `key-${name}` });
      subscriberIds[name] = res.body.id;
    }
  });

  afterAll(async () => {
    await platform?.close();
    await mail.close();
    await ns.cleanup();
  });

  const subscribe = async (subscriber: string, body: Record<string, unknown>) => {
    const res = await platform.http.post('/v1/subscriptions').set(bearer(keys.coordinator)).send({ subscriberId: subscriberIds[subscriber], eventTypes: ['coordination.*'], ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  const deliveriesOf = async (subscriptionId: string) =>
    (await platform.http.get('/v1/deliveries').query({ subscriptionId }).set(bearer(keys.coordinator))).body as Array<Record<string, unknown>>;
  const publish = async (subscriptionId: string, count = 1) => {
    const before = (await deliveriesOf(subscriptionId)).length;
    for (let i = 0; i < count; i++) await platform.publish(Events.ConflictDetected.subject, conflictEvent());
    await eventually(() => deliveriesOf(subscriptionId), (d) => d.length >= before + count, { timeoutMs: 10_000 });
  };

  describe('an alert email', () => {
    let subscription: { id: string };

    beforeAll(async () => {
      subscription = await subscribe('now', { channel: 'email' });
      await publish(subscription.id);
      await worker.runOnce();
    });

    it('names both engagements, their bureaus, their times in Portland and the shared audience, in text and HTML', async () => {
      const [message] = mail.to('now@city.example');
      expect(message).toBeDefined();
      expect(message.subject).toBe('Conflict (high): PBOT "Lombard Street safety listening session" and BES "Green streets open house"');
      expect(message.from?.value).toEqual([{ name: 'Alerts', address: 'alerts@civic.example.org' }]);
      const text = message.text!;
      expect(text).toContain('PBOT: "Lombard Street safety listening session" (listening session), Tue 8 Dec 2026, 6:00 PM PST to 8:00 PM, Kenton Firehouse, 8105 N Brandon Ave');
      expect(text).toContain('BES: "Green streets open house" (open house), Tue 8 Dec 2026, 6:30 PM PST to 8:30 PM, Kenton Library, 8226 N Denver Ave');
      expect(text).toContain('Shared audience: Kenton Neighborhood Association and council district 2.');
      expect(text).toContain('both reach Kenton Neighborhood Association');
      expect(message.html).toContain('<p>Shared audience: Kenton Neighborhood Association and council district 2.</p>');
      expect(message.html).toContain('&quot;Green streets open house&quot;');
      expect((await deliveriesOf(subscription.id))[0]).toMatchObject({ status: 'delivered', attempts: 1, channel: 'email' });
    });

    it('carries a signed one-click unsubscribe link that pauses the subscription', async () => {
      const [message] = mail.to('now@city.example');
      const header = rawHeader(message, 'List-Unsubscribe')!;
      const url = /<([^>]+)>/.exec(header)![1];
      expect(url.startsWith(`${PUBLIC_URL}/v1/unsubscribe/${subscription.id}.`)).toBe(true);
      expect(rawHeader(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(message.text).toContain(url);
      const path = url.slice(PUBLIC_URL.length);

      // Opening the link only asks; it needs no key.
      const page = await platform.http.get(path);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<form method="post"');
      expect((await platform.http.get(`/v1/subscriptions/${subscription.id}`).set(bearer(keys.coordinator))).body.active).toBe(true);

      expect((await platform.http.post(`${path.slice(0, -3)}xyz`)).status).toBe(404);
      expect((await platform.http.post('/v1/unsubscribe/not%20a%20token')).status).toBe(400);
      const done = await platform.http.post(path).type('form').send('List-Unsubscribe=One-Click');
      expect(done.status).toBe(200);
      expect(done.text).toContain('You are unsubscribed');
      expect((await platform.http.get(`/v1/subscriptions/${subscription.id}`).set(bearer(keys.coordinator))).body.active).toBe(false);

      // No more alerts for it.
      const other = await subscribe('now', { channel: 'live' });
      await publish(other.id);
      expect(await deliveriesOf(subscription.id)).toHaveLength(1);
    });
  });

  it('holds an email during the subscriber’s quiet hours and sends it when they end', async () => {
    const subscription = await subscribe('night', { channel: 'email', quietHours: { start: '22:00', end: '07:00' }, timeZone: 'America/Los_Angeles' });
    // 23:30 in Portland.
    clock.set('2026-12-02T07:30:00Z');
    await publish(subscription.id);
    const [waiting] = await deliveriesOf(subscription.id);
    expect(waiting).toMatchObject({ status: 'pending', nextAttemptAt: '2026-12-02T15:00:00.000Z' });
    await worker.runOnce();
    clock.set('2026-12-02T14:59:00Z');
    await worker.runOnce();
    expect(mail.to('night@city.example')).toHaveLength(0);
    clock.set('2026-12-02T15:00:00Z');
    await worker.runOnce();
    expect(mail.to('night@city.example')).toHaveLength(1);
    expect((await deliveriesOf(subscription.id))[0]).toMatchObject({ status: 'delivered' });
  });

  it('groups everything since the last digest into one message per subscriber at the local digest time', async () => {
    // 09:00 in Portland on 2 December; the digest goes at 08:00 each day.
    clock.set('2026-12-02T17:00:00Z');
    const subscription = await subscribe('digest', { channel: 'digest_daily', digestAt: '08:00', timeZone: 'America/Los_Angeles' });
    // A second digest subscription of the same subscriber, matching the same alerts.
    const second = await subscribe('digest', { eventTypes: ['coordination.conflict.*'], channel: 'digest_daily', timeZone: 'America/Los_Angeles' });
    await publish(subscription.id, 3);
    const pending = await deliveriesOf(subscription.id);
    expect(pending.every((d) => d.status === 'pending' && d.nextAttemptAt === '2026-12-03T16:00:00.000Z')).toBe(true);
    expect(await deliveriesOf(second.id)).toHaveLength(3);
    clock.set('2026-12-03T15:59:00Z');
    await worker.runOnce();
    expect(mail.to('digest@city.example')).toHaveLength(0);

    clock.set('2026-12-03T16:00:00Z');
    await worker.runOnce();
    const [first] = mail.to('digest@city.example');
    expect(mail.to('digest@city.example')).toHaveLength(1);
    expect(first.subject).toBe('Daily digest: 3 alerts');
    // Each alert once, though both subscriptions matched it; a way out of each subscription.
    expect(first.text!.match(/CONFLICT \(HIGH\)/g)).toHaveLength(3);
    expect(rawHeader(first, 'List-Unsubscribe')).toContain(`/v1/unsubscribe/${subscription.id}.`);
    expect(first.text).toContain(`To stop the coordination.* emails: ${PUBLIC_URL}/v1/unsubscribe/${subscription.id}.`);
    expect(first.text).toContain(`To stop the coordination.conflict.* emails: ${PUBLIC_URL}/v1/unsubscribe/${second.id}.`);
    expect((await deliveriesOf(subscription.id)).every((d) => d.status === 'delivered')).toBe(true);
    expect((await deliveriesOf(second.id)).every((d) => d.status === 'delivered')).toBe(true);
    await platform.http.delete(`/v1/subscriptions/${second.id}`).set(bearer(keys.coordinator));

    // The next digest holds only what came after.
    clock.set('2026-12-03T20:00:00Z');
    await publish(subscription.id, 1);
    clock.set('2026-12-04T16:00:00Z');
    await worker.runOnce();
    const digests = mail.to('digest@city.example');
    expect(digests).toHaveLength(2);
    expect(digests[1].subject).toBe('Daily digest: 1 alert');
  });

  it('fails at once, without retrying, when the SMTP server says the mailbox does not exist, and never records the address', async () => {
    mail.unknownMailboxes.add('gone@city.example');
    const subscription = await subscribe('gone', { channel: 'email' });
    await publish(subscription.id);
    await worker.runOnce();
    const [failed] = await deliveriesOf(subscription.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'the SMTP server answered 550' });
    expect(JSON.stringify(failed)).not.toContain('gone@city.example');
    expect(mail.to('gone@city.example')).toHaveLength(0);
  });

  it('treats an SMTP server that cannot be reached as a failure to retry', async () => {
    const closedPort = await freePort();
    const sender = new EmailSender({ ...notificationSettingsFrom(ns.env({ natsUrl: null })), smtpUrl: `smtp://127.0.0.1:${closedPort}` });
    const sent = sender.send('someone@city.example', [{ id: '0193a1b2-0000-7000-8000-000000000009', eventTypes: ['coordination.*'] }], 'Test', [{ subject: 'Test', paragraphs: ['x'] }], 'delivery-1');
    await expect(sent).rejects.toBeInstanceOf(EmailError);
    await expect(sent).rejects.toMatchObject({ permanent: false, message: expect.stringMatching(/^could not reach the SMTP server/) });
    sender.onApplicationShutdown();
  });
});
