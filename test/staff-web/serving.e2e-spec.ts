import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { TestNamespace } from '#libs/testing';
import { STAFF_WEB_SECURITY_POLICY } from '../../apps/gateway/src/staff-web/staff-web.js';
import { startGateway } from '../gateway/gateway-app.js';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PROBLEM = /^application\/problem\+json/;

/** The gateway as both run modes host it (configureGatewayHttp), serving the built staff web app (npm run build:web). */
describe('the staff web app served by the gateway', () => {
  const ns = new TestNamespace();
  let gateway: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    gateway = await startGateway(ns.env({ natsUrl: null }));
    http = request(gateway.getHttpServer());
  });

  afterAll(async () => {
    await gateway?.close();
    await ns.cleanup();
  });

  it('serves the app at / and at every client route a browser opens, under its strict policy and never cached', async () => {
    for (const path of ['/', '/engagements', '/engagements/0193a5b0-0000-7000-8000-000000000000', '/sign-in']) {
      const res = await http.get(path).set('Accept', HTML);
      expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(res.text).toContain('<div id="root"></div>');
      expect(res.headers['content-security-policy']).toBe(STAFF_WEB_SECURITY_POLICY);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves the hashed files for a year, and the page loads nothing from elsewhere', async () => {
    const page = (await http.get('/').set('Accept', HTML)).text;
    const files = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    const hashed = files.filter((file) => file.startsWith('/assets/'));
    expect(hashed.length).toBeGreaterThanOrEqual(2);
    // The one file not named by its hash: the icon, asked after each time like the page.
    expect(files.filter((file) => !hashed.includes(file))).toEqual(['/favicon.svg']);
    for (const file of files) {
      const res = await http.get(file);
      const cache = hashed.includes(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      expect([file, res.status, res.headers['cache-control']]).toEqual([file, 200, cache]);
    }
    const css = (await http.get(files.find((f) => f.endsWith('.css'))!)).text;
    // Its own files, or images written into the stylesheet itself (MapLibre's buttons): no other origin.
    expect(css).not.toMatch(/url\((?!["']?(?:\/assets\/|data:image\/svg\+xml))["']?[a-z]+:/i);
    expect((await http.get(files.find((f) => f.endsWith('.css'))!.replace(/[^/]+$/, 'missing.woff2'))).status).toBe(404);
  });

  it('leaves the gateway’s own paths, machines and unknown files to the gateway', async () => {
    const unknown = await http.get('/v1/no-such-thing').set('Accept', HTML);
    expect([unknown.status, unknown.headers['content-type']]).toEqual([404, expect.stringMatching(PROBLEM)]);
    expect((await http.get('/engagements').set('Accept', 'application/json')).status).toBe(404);
    expect((await http.get('/assets/none.js').set('Accept', HTML)).status).toBe(404);
    expect((await http.get('/docs').set('Accept', HTML)).text).toContain('swagger-ui');
    expect((await http.get('/dashboard').set('Accept', HTML)).text).toContain('dashboard.js');
    expect((await http.get('/health/live').set('Accept', HTML)).body).toEqual({ status: 'ok' });
    expect((await http.post('/engagements').set('Accept', HTML)).status).toBe(404);
  });

});
