import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DEFAULT_FAILURE_LIMITS, generateApiKey } from '#libs/auth';
import { InProcessBroker } from '#libs/messaging';
import { TestNamespace } from '#libs/testing';
import { createKey, startGateway } from './gateway-app.js';

const PROBLEM = /^application\/problem\+json/;

/** The gateway's limits and hygiene over HTTP: throttled failed authentication, headers, timeouts. */
describe('gateway limits', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  let gateway: INestApplication;
  let http: ReturnType<typeof request>;
  let key = '';

  beforeAll(async () => {
    gateway = await startGateway(env, broker);
    http = request(gateway.getHttpServer());
    key = await createKey(env, '--role', 'coordinator');
  });

  afterAll(async () => {
    await gateway?.close();
    broker.close();
    await ns.cleanup();
  });

  describe('failed authentication', () => {
    it('answers 429 with Retry-After once an address has sent too many bad keys, to its valid keys too', async () => {
      expect((await http.get('/v1/api-keys/current').set('X-API-Key', key)).status).toBe(200);
      const { failures, blockSeconds } = DEFAULT_FAILURE_LIMITS.client;
      for (let i = 0; i < failures; i++) {
        // A new, well-formed key id each time: the per-address limit, not the per-key one, is what stops this.
        expect((await http.get('/v1/api-keys/current').set('X-API-Key', generateApiKey().key)).status).toBe(401);
      }
      const refused = await http.get('/v1/api-keys/current').set('X-API-Key', generateApiKey().key);
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      expect(refused.body).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(blockSeconds);
      expect((await http.get('/v1/api-keys/current').set('X-API-Key', key)).status).toBe(429);
      // Routes that need no key are not affected.
      expect((await http.get('/health/live')).status).toBe(200);
    });
  });
});
