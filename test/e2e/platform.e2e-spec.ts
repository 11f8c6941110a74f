import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { TEST_NATS_URL, TestNamespace, eventually, freePort } from '#libs/testing';
import { WebhookReceiver } from '../notifications/support.js';
import { closeDashboard, openDashboard, panelsLoaded, panelText } from '../support/dashboard.js';

const PLATFORM = resolve('dist/deploy/platform/main.js');
const KEYS_CREATE = resolve('dist/apps/gateway/src/auth/keys-create.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  base: string;
}

async function startPlatform(env: NodeJS.ProcessEnv): Promise<Running> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [PLATFORM], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'debug', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await eventually(
    async () => output,
    (o) => {
      if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${o}`);
      return o.includes('Press Ctrl-C to stop.');
    },
    { timeoutMs: 60_000 },
  );
  return { child, output: () => output, base: `http://127.0.0.1:${port}` };
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The whole path in one process, as `npm start` runs it: an HTTP request to the gateway, a query
 * to the registry, its state change and outbox row in one transaction, the relay, the transport,
 * and scheduling's inbox handler, with one correlation id from the request to the last log line.
 */
describe.each([
  ['in-process transport', null],
  ['NATS JetStream', TEST_NATS_URL],
])('single-process platform with the %s', (_name, natsUrl) => {
  const ns = new TestNamespace();
  let platform: Running;
  let adminKey: string;
  const env = ns.env({ natsUrl, extra: { WEBHOOK_ALLOW_ADDRESSES: 'loopback' } });
  const receiver = new WebhookReceiver();

  function createKey(...argv: string[]): string {
    const created = spawnSync(process.execPath, [KEYS_CREATE, ...argv], { env: { ...process.env, ...env, NODE_OPTIONS: '' }, encoding: 'utf8' });
    expect(created.status).toBe(0);
    return created.stdout.trim();
  }

  beforeAll(async () => {
    if (!existsSync(PLATFORM)) throw new Error(`${PLATFORM} is missing: run "npm run build" first (npm test does)`);
    platform = await startPlatform(env);
    adminKey = createKey('--role', 'admin', '--label', 'e2e');
  });

  afterAll(async () => {
    if (platform?.child.exitCode === null) platform.child.kill('SIGKILL');
    await receiver.close();
    await ns.cleanup();
  });

  /** One JSON request to the platform's gateway with a key. */
  const call = async (key: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${platform.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('seeds the empty registry with Portland’s organizations, whose events reach scheduling’s copy', async () => {
    const [registry] = await query<{ n: number }>(ns.databaseUrl('registry'), 'SELECT count(*)::int AS n FROM organization');
    expect(registry.n).toBe(175);
    await eventually(
      () => query<{ n: number }>(ns.databaseUrl('scheduling'), 'SELECT count(*)::int AS n FROM organization_reference'),
      (rows) => rows[0].n === 175,
    );
  });

  it('carries an organization from an HTTP request to scheduling’s copy, exactly once, under one correlation id', async () => {
    const correlationId = `e2e-${ns.prefix}`;
    const res = await fetch(`${platform.base}/v1/organizations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', 'x-correlation-id': correlationId },
      body: JSON.stringify({ slug: 'kenton-tenants-union', kind: 'community_organization', name: 'Kenton Tenants Union', councilDistricts: ['2'] }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBe(correlationId);
    const org = (await res.json()) as { id: string; version: number };

    const [copy] = await eventually(
      () => query<{ slug: string; version: number }>(ns.databaseUrl('scheduling'), 'SELECT slug, version FROM organization_reference WHERE id = $1', [org.id]),
      (rows) => rows.length === 1,
    );
    expect(copy).toEqual({ slug: 'kenton-tenants-union', version: 1 });

    const [event] = await eventually(
      () =>
        query<{ id: string; envelope: { correlationid: string; type: string; subject: string }; published_at: Date | null }>(
          ns.databaseUrl('registry'),
          'SELECT id, envelope, published_at FROM outbox_event WHERE aggregate_id = $1',
          [org.id],
        ),
      (rows) => rows.length === 1 && rows[0].published_at !== null,
    );
    expect(event.envelope).toMatchObject({ correlationid: correlationId, type: 'gov.civic.registry.organization.created.v1', subject: org.id });
    const inbox = await query<{ consumer: string }>(ns.databaseUrl('scheduling'), 'SELECT consumer FROM inbox_event WHERE event_id = $1', [event.id]);
    expect(inbox).toEqual([{ consumer: 'scheduling__civic_registry_organization_created' }]);

    // The handler logs after its transaction commits: the line may follow the inbox row by a moment.
    const handledLine = await eventually(
      async () =>
        platform
          .output()
          .split('\n')
          // The last piece may be a line still being written.
          .slice(0, -1)
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .find((l) => l.service === 'scheduling' && l.msg === 'event handled' && l.eventId === event.id),
      (line) => line !== undefined,
      { timeoutMs: 10_000, everyMs: 50 },
    );
    expect(handledLine).toMatchObject({ correlationId, eventId: event.id, eventType: 'gov.civic.registry.organization.created.v1' });
  });

  it('tells a coordinator, by a signed webhook, that two bureaus’ engagements collide in one neighborhood', async () => {
    const coordinator = createKey('--role', 'coordinator', '--label', 'coordination desk');
    const hookUrl = await receiver.start();
    expect((await call(coordinator, 'POST', '/v1/subscribers', { name: 'Coordination desk', kind: 'staff' })).status).toBe(201);
    const subscription = await call(coordinator, 'POST', '/v1/subscriptions', { eventTypes: ['coordination.*'], channel: 'webhook', webhookUrl: hookUrl });
    expect(subscription.status).toBe(201);
    receiver.useSecret(subscription.body.webhookSecret as string);

    const [lon, lat] = (await call(adminKey, 'GET', '/v1/organizations/kenton')).body.representativePoint as [number, number];
    const engagement = (title: string) => ({
      title,
      kind: 'listening_session',
      startsAt: '2027-03-10T18:00:00-08:00',
      endsAt: '2027-03-10T20:00:00-08:00',
      location: { address: 'Kenton Firehouse', lat, lon },
    });
    const pbot = await call(createKey('--role', 'bureau', '--bureau', 'PBOT'), 'POST', '/v1/engagements', engagement('Lombard safety listening session'));
    expect(pbot.status).toBe(201);
    const bes = await call(createKey('--role', 'bureau', '--bureau', 'BES'), 'POST', '/v1/engagements', engagement('Green streets open house'));
    expect(bes.status).toBe(201);

    const [hook] = await eventually(
      async () => receiver.received.filter((r) => r.body.type === 'coordination.conflict.detected'),
      (hooks) => hooks.length > 0,
      { timeoutMs: 30_000 },
    );
    expect(hook.verified).toBe(true);
    const alert = hook.body.data.alert as { severity: string; engagements: Array<{ id: string; bureau: string }> };
    expect(alert.engagements.map((e) => e.bureau).sort()).toEqual(['BES', 'PBOT']);
    expect(alert.engagements.map((e) => e.id).sort()).toEqual([pbot.body.id, bes.body.id].sort());
    expect(hook.body.data.text).toMatch(/Lombard safety listening session/);
    // Redelivery or not, one webhook per alert.
    expect(receiver.received.filter((r) => r.body.type === 'coordination.conflict.detected')).toHaveLength(1);
  });

  it('subscribes a neighborhood association by its registry slug, and refuses a slug the registry does not know', async () => {
    const association = createKey('--role', 'coordinator', '--label', 'Kenton association liaison');
    expect((await call(association, 'POST', '/v1/subscribers', { name: 'Kenton Neighborhood Association', kind: 'organization' })).status).toBe(201);
    const kenton = (await call(adminKey, 'GET', '/v1/organizations/kenton')).body.id as string;
    const subscribed = await call(association, 'POST', '/v1/subscriptions', { eventTypes: ['coordination.*'], channel: 'live', filters: { organizationSlugs: ['kenton'] } });
    expect(subscribed.status).toBe(201);
    expect(subscribed.body.filters).toEqual({ bureaus: [], councilDistricts: [], organizationIds: [kenton], minSeverity: 'info' });

    const before = (await call(association, 'GET', '/v1/subscriptions')).body;
    const refused = await call(association, 'POST', '/v1/subscriptions', { eventTypes: ['coordination.*'], channel: 'live', filters: { organizationSlugs: ['kenton', 'atlantis'] } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'filters.organizationSlugs', message: expect.stringContaining('"atlantis"') })]);
    expect((await call(association, 'GET', '/v1/subscriptions')).body).toEqual(before);
  });

  it('shows a coordinator on the dashboard each alert as it arrives, and the conflicts it opened', async () => {
    const desk = createKey('--role', 'coordinator', '--label', 'dashboard');
    expect((await call(desk, 'POST', '/v1/subscribers', { name: 'Dashboard desk', kind: 'staff' })).status).toBe(201);
    expect((await call(desk, 'POST', '/v1/subscriptions', { eventTypes: ['coordination.conflict.*'], channel: 'live', filters: { organizationSlugs: ['portsmouth'] } })).status).toBe(201);

    const window = await openDashboard(platform.base, desk);
    const doc = window.document;
    const text = (id: string) => panelText(window, id);
    await panelsLoaded(window, ['conflicts', 'overdue']);
    expect(text('overdue')).toBe('Every engagement held has reported back in time.');
    expect(text('conflicts')).toBe('No open conflicts in this period.');

    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const aimed = (title: string) => ({
      title,
      kind: 'open_house',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      location: { onlineUrl: 'https://meet.example.gov/portsmouth' },
      audience: { organizations: ['portsmouth'] },
    });
    expect((await call(createKey('--role', 'bureau', '--bureau', 'PBOT'), 'POST', '/v1/engagements', aimed('Portsmouth pedestrian plan'))).status).toBe(201);
    expect((await call(createKey('--role', 'bureau', '--bureau', 'PHB'), 'POST', '/v1/engagements', aimed('Portsmouth housing forum'))).status).toBe(201);

    const live = await eventually(async () => doc.querySelector('#live .alerts')?.textContent ?? '', (t) => t.includes('Conflict (high)'), { timeoutMs: 30_000, everyMs: 100 });
    expect(live).toMatch(/Conflict \(high\): (PBOT “Portsmouth pedestrian plan” and PHB “Portsmouth housing forum”|PHB “Portsmouth housing forum” and PBOT “Portsmouth pedestrian plan”)/);
    // The list the alert changed is read again without a reload.
    await eventually(async () => text('conflicts'), (t) => t.includes('Portsmouth pedestrian plan') && t.includes('Portsmouth housing forum'), { timeoutMs: 10_000, everyMs: 100 });
    doc.getElementById('forget')!.dispatchEvent(new window.Event('click'));
    await closeDashboard(window);
  });

  it('answers the whole city’s boundaries, larger than one NATS message, and keeps running', async () => {
    const res = await fetch(`${platform.base}/v1/organizations.geojson`, { headers: { authorization: `Bearer ${adminKey}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(1_048_576);
    expect((JSON.parse(text) as { features: unknown[] }).features.length).toBeGreaterThan(90);
    expect(platform.child.exitCode).toBeNull();
  });

  it('reports every service healthy and exposes their metrics', async () => {
    const health = await fetch(`${platform.base}/health`);
    expect(health.status).toBe(200);
    const body = JSON.stringify(await health.json());
    for (const service of ['gateway', 'registry', 'scheduling', 'feedback', 'notifications']) expect(body).toContain(service);
    const metrics = await (await fetch(`${platform.base}/metrics`)).text();
    // The seed's 175 organizations and the one created over HTTP.
    expect(metrics).toMatch(/civic_events_consumed_total\{[^}]*service="scheduling"[^}]*outcome="handled"[^}]*\} 176\n/);
    expect(metrics).toMatch(/civic_events_published_total\{[^}]*service="registry"[^}]*\} 176\n/);
  });

  it('shuts down cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((r) => platform.child.once('exit', (code) => r(code)));
    platform.child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
