import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { eventually, freePort, startNodeScript, TestNamespace } from '#libs/testing';
import { startGateway } from './gateway-app.js';

/** `npm run start:registry`, as a distributed deployment runs it: its own process, over NATS. */
const REGISTRY = resolve('dist/apps/registry/src/main.js');

/** Liveness beside readiness on every service, and the gateway's readiness saying which services it forwards to answer. */
describe('health when distributed', () => {
  const ns = new TestNamespace();
  let registry: ChildProcess | undefined;
  let registryPort = 0;
  let gateway: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    if (!existsSync(REGISTRY)) throw new Error(`${REGISTRY} is missing: run "npm run build" before the tests (npm test does)`);
    registryPort = await freePort();
    registry = await startNodeScript(REGISTRY, ns.env({ extra: { PORT: String(registryPort) } }), 'registry');
    gateway = await startGateway(ns.env());
    http = request(gateway.getHttpServer());
  });

  afterAll(async () => {
    registry?.kill('SIGKILL');
    await gateway?.close();
    await ns.cleanup();
  });

  it('serves liveness and readiness on a service of its own', async () => {
    const base = request(`http://127.0.0.1:${registryPort}`);
    const live = await base.get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await base.get('/health');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ 'registry-database': { status: 'up' }, 'registry-nats': { status: 'up', transport: 'jetstream' } });
  });

  it('serves the gateway’s liveness without asking anything', async () => {
    const res = await http.get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('stays ready while a service it forwards to is down, and says which ones answer', async () => {
    const res = await http.get('/health');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.services)).toEqual(['gateway']);
    expect(res.body.downstream.registry).toEqual({
      status: 'up',
      checks: { 'registry-database': { status: 'up' }, 'registry-nats': { status: 'up', transport: 'jetstream' } },
    });
    for (const service of ['scheduling', 'feedback', 'notifications']) {
      expect(res.body.downstream[service]).toEqual({ status: 'down', message: expect.stringMatching(/^No service answers query/) });
    }

    registry!.kill('SIGTERM');
    await new Promise((r) => registry!.once('exit', r));
    registry = undefined;
    const after = await eventually(() => http.get('/health'), (r) => r.body.downstream?.registry?.status === 'down', { timeoutMs: 30_000 });
    expect(after.status).toBe(200);
    expect(after.body.services.gateway.status).toBe('up');
    expect(after.body.downstream.registry.message).toMatch(/^No service answers query "registry\.readiness"/);
  });
});
