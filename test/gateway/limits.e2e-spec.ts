import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DEFAULT_FAILURE_LIMITS, generateApiKey } from '#libs/auth';
import { InProcessBroker, SubjectNaming } from '#libs/messaging';
import { TestNamespace } from '#libs/testing';
import { GATEWAY_HTTP_TIMEOUTS } from '../../apps/gateway/src/http-timeouts.js';
import { REPORT_SECURITY_POLICY } from '../../apps/gateway/src/security-headers.js';
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
    await gateway.listen(0, '127.0.0.1');
    http = request(gateway.getHttpServer());
    key = await createKey(env, '--role', 'coordinator');
  });

  afterAll(async () => {
    await gateway?.close();
    broker.close();
    await ns.cleanup();
  });

  describe('slow clients', () => {
    it('bounds how long headers, a request and a silent socket may take', () => {
      const server = gateway.getHttpServer() as Server;
      expect(server.keepAliveTimeout).toBe(65_000);
      expect(server.headersTimeout).toBe(GATEWAY_HTTP_TIMEOUTS.headersMs);
      expect(server.requestTimeout).toBe(GATEWAY_HTTP_TIMEOUTS.requestMs);
      expect(server.timeout).toBe(GATEWAY_HTTP_TIMEOUTS.idleMs);
      expect(GATEWAY_HTTP_TIMEOUTS.idleMs).toBeGreaterThan(GATEWAY_HTTP_TIMEOUTS.keepAliveMs);
    });

    it('answers 408 and closes the connection of a client that trickles its headers in', async () => {
      const { port } = (gateway.getHttpServer() as Server).address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      const started = Date.now();
      let received = '';
      socket.on('data', (d: Buffer) => (received += d.toString()));
      socket.write('GET /health/live HTTP/1.1\r\nHost: gateway\r\n');
      const trickle = setInterval(() => socket.write('X-Slow: still-sending\r\n'), 1000);
      try {
        await new Promise((resolve) => socket.once('close', resolve));
      } finally {
        clearInterval(trickle);
      }
      const took = Date.now() - started;
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      expect(took).toBeGreaterThanOrEqual(GATEWAY_HTTP_TIMEOUTS.headersMs - 100);
      // The checking interval, not Node's 30 s default, decides how late past the limit it closes.
      expect(took).toBeLessThan(GATEWAY_HTTP_TIMEOUTS.headersMs + 5 * GATEWAY_HTTP_TIMEOUTS.checkEveryMs);
    });
  });

  describe('headers', () => {
    it('never says it runs Express, and sends helmet’s security headers on answers and errors alike', async () => {
      for (const res of [await http.get('/health/live'), await http.get('/v1/nowhere'), await http.get('/docs-json')]) {
        expect(res.headers['x-powered-by']).toBeUndefined();
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      }
      const api = await http.get('/health/live');
      expect(api.headers['content-security-policy']).toContain("default-src 'self'");
      expect(api.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      // Swagger UI keeps working as it did, without a policy.
      expect((await http.get('/docs')).headers['content-security-policy']).toBeUndefined();
    });

    it('serves a synthesis report under a policy that lets nothing in it run, load or submit', async () => {
      const naming = new SubjectNaming(env.MESSAGING_PREFIX);
      // The feedback service's answer, as its report renderer gives it, with a script a quote might smuggle in.
      const detach = broker.answer(naming.query('feedback.synthesis.report'), async () => ({
        data: { contentType: 'text/html; charset=utf-8', body: '<!doctype html><h1>What we heard</h1><script>alert(1)</script>' },
      }));
      try {
        const res = await http.get('/v1/syntheses/0195f1d0-0000-7000-8000-000000000001/report.html').set('X-API-Key', key);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.headers['content-security-policy']).toBe(REPORT_SECURITY_POLICY);
        expect(res.headers['content-security-policy']).toContain('sandbox');
        expect(res.headers['x-powered-by']).toBeUndefined();
      } finally {
        detach();
      }
    });
  });

  // Last: it blocks this test's address for a minute.
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
