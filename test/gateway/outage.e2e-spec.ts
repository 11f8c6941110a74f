import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp, InProcessBroker, SubjectNaming } from '#libs/messaging';
import { withDatabase } from '#libs/persistence';
import { eventually, PrivatePostgres, TestNamespace } from '#libs/testing';
import { RETRY_AFTER_SECONDS } from '../../apps/gateway/src/problems/problem-details.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';
import { createKey, startGateway } from './gateway-app.js';

const PROBLEM = /^application\/problem\+json/;

function expectUnavailable(res: request.Response): void {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(PROBLEM);
  expect(res.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
  expect(res.body).toMatchObject({ type: 'about:blank', title: 'Service Unavailable', status: 503 });
}

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const organization = (slug: string) => ({ slug, kind: 'neighborhood_association', name: `Outage ${slug}`, councilDistricts: ['3'] });
/** Well formed, so the gateway must ask its database about it. */
const unknownKey = () => `civic_${Math.random().toString(16).slice(2, 14).padEnd(12, '0')}_${'a'.repeat(43)}`;

/**
 * Real outages: a private Postgres stopped under a running gateway (single-process wiring, in-process
 * transport), then started again; and services that do not answer. Every outage is 503 with
 * Retry-After, never 500, and the gateway recovers without a restart.
 */
describe('gateway during outages', () => {
  let postgres: PrivatePostgres;

  beforeAll(async () => {
    postgres = await PrivatePostgres.create();
  });

  afterAll(async () => {
    await postgres?.destroy();
  });

  /** Runs `body` with the database stopped, then starts it again whatever happened. */
  async function whileStopped(body: () => Promise<void>): Promise<void> {
    await postgres.stop();
    try {
      await body();
    } finally {
      await postgres.start();
    }
  }

  /** The gateway and the registry, reached with a key of `role` that has answered 200 once. */
  async function withApps(env: NodeJS.ProcessEnv, role: string, body: (http: ReturnType<typeof request>, key: string) => Promise<void>): Promise<void> {
    const key = await createKey(env, '--role', role);
    const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
    // No relays: the gateway's outbox is empty, and what a relay does during an outage is not what this file checks.
    const registry = await createServiceApp(RegistryModule.forRoot({ env, broker, probes: false }), { relay: false });
    let gateway: INestApplication | undefined;
    try {
      await registry.init();
      gateway = await startGateway(env, broker);
      const http = request(gateway.getHttpServer());
      expect((await http.get('/v1/organizations').set(bearer(key))).status).toBe(200);
      await body(http, key);
    } finally {
      await gateway?.close();
      await registry.close();
      broker.close();
    }
  }

  describe('when a database stops', () => {
    const ns = new TestNamespace();
    afterAll(() => ns.cleanup());

    it('answers the gateway’s own API key lookup 503 with Retry-After, and 200 again once it is back', async () => {
      const env = ns.env({ natsUrl: null, extra: { GATEWAY_DATABASE_URL: withDatabase(postgres.url(), 'outage_gateway') } });
      await withApps(env, 'coordinator', async (http, key) => {
        await whileStopped(async () => {
          expectUnavailable(await http.get('/v1/organizations').set(bearer(unknownKey())));
          expect((await http.get('/v1/organizations').set(bearer(unknownKey()))).body.detail).toBe(
            'The gateway cannot reach its database; nothing was done. Try again shortly.',
          );
          // A key the gateway read a moment ago is trusted for a few seconds, then asked about again.
          expectUnavailable(await eventually(() => http.get('/v1/organizations').set(bearer(key)), (res) => res.status !== 200, { timeoutMs: 30_000 }));
          expectUnavailable(await http.post('/v1/organizations').set(bearer(key)).send(organization('never-stored')));
        });

        const back = await eventually(() => http.get('/v1/organizations').set(bearer(key)), (res) => res.status === 200, { timeoutMs: 60_000 });
        expect(back.status).toBe(200);
        expect((await http.get('/v1/organizations').set(bearer(unknownKey()))).status).toBe(401);
      });
    });

    it('answers 503 with Retry-After when the database of a service it asks stops, stores nothing, and answers again once it is back', async () => {
      const env = ns.env({ natsUrl: null, extra: { REGISTRY_DATABASE_URL: withDatabase(postgres.url(), 'outage_registry') } });
      await withApps(env, 'admin', async (http, key) => {
        await whileStopped(async () => {
          const list = await http.get('/v1/organizations').set(bearer(key));
          expectUnavailable(list);
          expect(list.body.detail).toBe('The service answering "registry.organization.list" is unavailable; try again shortly.');
          expectUnavailable(await http.post('/v1/organizations').set(bearer(key)).send(organization('during-outage')));
        });

        await eventually(() => http.get('/v1/organizations').set(bearer(key)), (res) => res.status === 200, { timeoutMs: 60_000 });
        // The 503 meant nothing was done: the same request now creates it, once.
        expect((await http.get('/v1/organizations/during-outage').set(bearer(key))).status).toBe(404);
        expect((await http.post('/v1/organizations').set(bearer(key)).send(organization('during-outage'))).status).toBe(201);
      });
    });
  });

  describe('when a service does not answer', () => {
    const ns = new TestNamespace();
    const env = ns.env({ natsUrl: null, extra: { QUERY_TIMEOUT_MS: '300' } });
    const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
    const naming = new SubjectNaming(env.MESSAGING_PREFIX);
    let gateway: INestApplication;
    let http: ReturnType<typeof request>;
    let admin = '';
    let bureau = '';

    beforeAll(async () => {
      gateway = await startGateway(env, broker);
      http = request(gateway.getHttpServer());
      admin = await createKey(env, '--role', 'admin');
      bureau = await createKey(env, '--role', 'bureau', '--bureau', 'PBOT');
    });

    afterAll(async () => {
      await gateway?.close();
      broker.close();
      await ns.cleanup();
    });

    it('answers 503 with Retry-After when no service is there to ask', async () => {
      const res = await http.get('/v1/organizations').set(bearer(admin));
      expectUnavailable(res);
      expect(res.body.detail).toMatch(/^No service answers query "registry\.organization\.list"/);
      expectUnavailable(await http.post('/v1/organizations').set(bearer(admin)).send(organization('nobody-home')));
    });

    it('answers a timed-out query 503 only when the request is safe to send again, else 504', async () => {
      const hang = () => new Promise<never>(() => undefined);
      const detach = [
        broker.answer(naming.query('registry.organization.list'), hang),
        broker.answer(naming.query('registry.organization.create'), hang),
        broker.answer(naming.query('scheduling.engagement.create'), hang),
      ];
      try {
        expectUnavailable(await http.get('/v1/organizations').set(bearer(admin)));
        const engagement = {
          title: 'Lombard Street safety listening session',
          kind: 'listening_session',
          startsAt: '2031-05-01T18:00:00',
          endsAt: '2031-05-01T20:00:00',
          location: { address: '8105 N Brandon Ave, Portland', lat: 45.5831, lon: -122.6866 },
        };
        expectUnavailable(await http.post('/v1/engagements').set(bearer(bureau)).set('Idempotency-Key', 'outage-attempt-1').send(engagement));

        for (const res of [
          await http.post('/v1/organizations').set(bearer(admin)).send(organization('slow-answer')),
          await http.post('/v1/engagements').set(bearer(bureau)).send(engagement),
        ]) {
          expect(res.status).toBe(504);
          expect(res.headers['content-type']).toMatch(PROBLEM);
          expect(res.headers['retry-after']).toBeUndefined();
          expect(res.body).toMatchObject({ title: 'Gateway Timeout', status: 504 });
          expect(res.body.detail).toContain('the change may have been made: read it back before sending it again');
        }
      } finally {
        for (const d of detach) d();
      }
    });
  });
});
