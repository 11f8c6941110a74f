import { Agent, get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseApiKey } from '#libs/auth';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { ProcessServices } from '#libs/observability';
import { eventually, TestNamespace } from '#libs/testing';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { INVALID_REQUEST_TYPE } from '../../apps/gateway/src/problems/problem-details.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';

const PROBLEM = /^application\/problem\+json/;

/** The gateway and the registry in one process over the in-process transport, as `npm start` runs them. */
describe('gateway over HTTP', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  let registry: INestApplication | undefined;
  let gateway: INestApplication;
  let http: ReturnType<typeof request>;
  const keys = { admin: '', coordinator: '', bureau: '' };

  async function createKey(...argv: string[]): Promise<string> {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runKeysCreate(argv, env, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
    expect({ code, stderr }).toEqual({ code: 0, stderr: [expect.stringMatching(/^Created /)] });
    expect(stdout).toHaveLength(1);
    return stdout[0];
  }

  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const organization = (slug: string) => ({ slug, kind: 'neighborhood_association', name: `Test ${slug}`, councilDistricts: ['3'] });

  beforeAll(async () => {
    registry = await createServiceApp(RegistryModule.forRoot({ env, broker, probes: false }));
    await registry.init();
    gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }));
    configureGatewayHttp(gateway);
    await gateway.init();
    http = request(gateway.getHttpServer());
    keys.admin = await createKey('--role', 'admin', '--label', 'e2e admin');
    keys.coordinator = await createKey('--role', 'coordinator');
    keys.bureau = await createKey('--role', 'bureau', '--bureau', 'PBOT');
  });

  afterAll(async () => {
    await gateway?.close();
    await registry?.close();
    broker.close();
    await ns.cleanup();
  });

  it('keeps an idle connection open longer than Node’s 5 s default, so a reused connection does not fail', async () => {
    const server = gateway.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = httpGet({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/health', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    try {
      expect((await ask()).reused).toBe(false);
      await new Promise((r) => setTimeout(r, 6000));
      expect(await ask()).toEqual({ status: expect.any(Number), reused: true });
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  describe('API keys', () => {
    it('answers 401 problem+json without a key', async () => {
      const res = await http.get('/v1/organizations/anything');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="civic"');
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Sign in, or send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".',
        instance: '/v1/organizations/anything',
      });
    });

    it('answers 401 to a wrong key, malformed or well-formed', async () => {
      const forged = keys.admin.slice(0, -4) + (keys.admin.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      for (const key of ['nope', forged, `civic_000000000000_${'a'.repeat(43)}`]) {
        const res = await http.get('/v1/api-keys/current').set(bearer(key));
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body).toMatchObject({ status: 401, detail: 'The API key is not valid or has been revoked.' });
      }
    });

    it('tells a key its own role and bureau, from either header', async () => {
      const byBearer = await http.get('/v1/api-keys/current').set(bearer(keys.bureau));
      expect(byBearer.status).toBe(200);
      expect(byBearer.body).toEqual({ keyId: parseApiKey(keys.bureau)!.keyId, role: 'bureau', bureauCode: 'PBOT' });
      const byHeader = await http.get('/v1/api-keys/current').set('X-API-Key', keys.coordinator);
      expect(byHeader.body).toMatchObject({ role: 'coordinator', bureauCode: null });
    });

    it('answers 401 to a revoked key; only an admin may revoke', async () => {
      const key = await createKey('--role', 'coordinator', '--label', 'to revoke');
      const { keyId } = parseApiKey(key)!;
      expect((await http.get('/v1/api-keys/current').set(bearer(key))).status).toBe(200);

      const notAdmin = await http.delete(`/v1/api-keys/${keyId}`).set(bearer(keys.coordinator));
      expect(notAdmin.status).toBe(403);
      expect((await http.get('/v1/api-keys/current').set(bearer(key))).status).toBe(200);

      expect((await http.delete(`/v1/api-keys/${keyId}`).set(bearer(keys.admin))).status).toBe(204);
      const revoked = await http.get('/v1/api-keys/current').set(bearer(key));
      expect(revoked.status).toBe(401);
      expect(revoked.headers['content-type']).toMatch(PROBLEM);
      expect(revoked.body.detail).toBe('The API key is not valid or has been revoked.');
      expect((await http.delete(`/v1/api-keys/${keyId}`).set(bearer(keys.admin))).status).toBe(204);
    });

    it('answers 404 when revoking a key that does not exist, 400 for a malformed key id', async () => {
      const missing = await http.delete('/v1/api-keys/000000000000').set(bearer(keys.admin));
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ status: 404, detail: 'No API key has id "000000000000".' });
      const malformed = await http.delete('/v1/api-keys/XYZ').set(bearer(keys.admin));
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ field: 'keyId', rule: 'matches', message: expect.stringContaining('12 hex characters') }]);
    });
  });

  describe('/v1/organizations', () => {
    let created: Record<string, unknown>;

    it('answers 403 problem+json to a bureau key creating an organization', async () => {
      const res = await http.post('/v1/organizations').set(bearer(keys.bureau)).send(organization('not-by-a-bureau'));
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'This needs a key with role admin; this key has role bureau.',
      });
      expect((await http.get('/v1/organizations/not-by-a-bureau').set(bearer(keys.admin))).status).toBe(404);
    });

    it('creates an organization for an admin: 201 with the record', async () => {
      const res = await http.post('/v1/organizations').set(bearer(keys.admin)).send(organization('sellwood-moreland'));
      expect(res.status).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        slug: 'sellwood-moreland',
        kind: 'neighborhood_association',
        name: 'Test sellwood-moreland',
        status: 'active',
        councilDistricts: ['3'],
        ocdId: 'ocd-organization/country:us/state:or/place:portland/neighborhood_association:sellwood-moreland',
        version: 1,
      });
      created = res.body;
    });

    it('finds it by slug with a coordinator key and by id with a bureau key', async () => {
      const bySlug = await http.get('/v1/organizations/sellwood-moreland').set(bearer(keys.coordinator));
      expect(bySlug.status).toBe(200);
      expect(bySlug.body).toEqual(created);
      const byId = await http.get(`/v1/organizations/${String(created.id)}`).set('X-API-Key', keys.bureau);
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(created);
    });

    it('answers 409 problem+json to a duplicate slug', async () => {
      const res = await http.post('/v1/organizations').set(bearer(keys.admin)).send(organization('sellwood-moreland'));
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'slug "sellwood-moreland" is already used by another organization',
        instance: '/v1/organizations',
        errors: [{ field: 'slug', rule: 'unique', message: 'slug "sellwood-moreland" is already used by another organization' }],
      });
    });

    it('answers 400 naming the field and rule of a bad slug, and creates nothing', async () => {
      const res = await http.post('/v1/organizations').set(bearer(keys.admin)).send(organization('Bad Slug'));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ type: INVALID_REQUEST_TYPE, status: 400, instance: '/v1/organizations' });
      expect(res.body.errors).toEqual([{ field: 'slug', rule: 'matches', message: 'slug must be lowercase words joined by hyphens' }]);
      expect(res.body.detail).toBe('slug must be lowercase words joined by hyphens');
      expect((await http.get('/v1/organizations/Bad%20Slug').set(bearer(keys.admin))).status).toBe(404);
    });

    it('answers 400 naming an unknown property, and creates nothing', async () => {
      const res = await http
        .post('/v1/organizations')
        .set(bearer(keys.admin))
        .send({ ...organization('with-ward'), ward: 3 });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.errors).toEqual([{ field: 'ward', rule: 'whitelistValidation', message: 'property ward should not exist' }]);
      expect((await http.get('/v1/organizations/with-ward').set(bearer(keys.admin))).status).toBe(404);
    });

    it('answers 400 listing every broken rule of a body that breaks several', async () => {
      const res = await http.post('/v1/organizations').set(bearer(keys.admin)).send({ slug: 'ok-slug', kind: 'club', councilDistricts: [3] });
      expect(res.status).toBe(400);
      const broken = (res.body.errors as Array<{ field: string; rule: string }>).map((e) => `${e.field}:${e.rule}`).sort();
      expect(broken).toEqual(['councilDistricts:isString', 'kind:isIn', 'name:isNotEmpty', 'name:isString', 'name:maxLength']);
    });

    it('answers 400 problem+json to a body that is not JSON', async () => {
      const res = await http.post('/v1/organizations').set(bearer(keys.admin)).set('Content-Type', 'application/json').send('{"slug":');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ type: INVALID_REQUEST_TYPE, status: 400, errors: [{ field: 'body', rule: 'isJson', message: 'body must be valid JSON' }] });
    });

    it('answers 404 problem+json for an organization nobody registered', async () => {
      const res = await http.get('/v1/organizations/no-such-association').set(bearer(keys.coordinator));
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'no organization has id or slug "no-such-association"',
        instance: '/v1/organizations/no-such-association',
      });
    });
  });

  describe('correlation ids', () => {
    it('echoes the caller\'s id and carries it into the event the request causes', async () => {
      const correlationId = 'e2e-create-kenton-1';
      const res = await http
        .post('/v1/organizations')
        .set(bearer(keys.admin))
        .set('X-Correlation-Id', correlationId)
        .send(organization('kenton'));
      expect(res.status).toBe(201);
      expect(res.headers['x-correlation-id']).toBe(correlationId);
      const [row] = await registry!.get(DataSource).query(`SELECT envelope FROM outbox_event WHERE aggregate_id = $1`, [res.body.id]);
      expect(row.envelope).toMatchObject({ type: 'gov.civic.registry.organization.created.v1', correlationid: correlationId });
    });

    it('makes a uuid v7 when the caller sends none or an unusable one, and puts it on errors too', async () => {
      const none = await http.get('/v1/organizations/kenton').set(bearer(keys.admin));
      expect(none.headers['x-correlation-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const unusable = await http.get('/v1/organizations/kenton').set('X-Correlation-Id', 'two words');
      expect(unusable.status).toBe(401);
      expect(unusable.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(unusable.body.correlationId).toBe(unusable.headers['x-correlation-id']);
    });
  });

  describe('docs, probes and unknown routes', () => {
    it('publishes the OpenAPI document with the API key schemes and every route', async () => {
      const res = await http.get('/docs-json');
      expect(res.status).toBe(200);
      const doc = res.body;
      expect(Object.keys(doc.paths).sort()).toEqual(
        [
          '/auth/sign-out',
          '/health',
          '/health/live',
          '/metrics',
          '/v1/api-keys/current',
          '/v1/api-keys/{keyId}',
          '/v1/calendars/bureaus/{code}.ics',
          '/v1/calendars/city.ics',
          '/v1/calendars/districts/{n}.ics',
          '/v1/calendars/organizations/{slug}.ics',
          '/v1/engagements',
          '/v1/engagements/suggestions',
          '/v1/engagements/{id}',
          '/v1/engagements/{id}/cancel',
          '/v1/engagements/{id}/check',
          '/v1/engagements/{id}/held',
          '/v1/engagements/{id}/history',
          '/v1/engagements:batch',
          '/v1/engagements:check',
          '/v1/conflicts',
          '/v1/conflicts/{id}',
          '/v1/conflicts/{id}/acknowledge',
          '/v1/conflicts/{id}/assign',
          '/v1/conflicts/{id}/history',
          '/v1/conflicts/{id}/reopen',
          '/v1/conflicts/{id}/resolve',
          '/v1/fatigue',
          '/v1/fatigue/{id}',
          '/v1/fatigue/{id}/acknowledge',
          '/v1/fatigue/{id}/assign',
          '/v1/fatigue/{id}/history',
          '/v1/fatigue/{id}/reopen',
          '/v1/fatigue/{id}/resolve',
          '/v1/lookup',
          '/v1/organizations',
          '/v1/organizations.geojson',
          '/v1/organizations/{idOrSlug}',
          '/v1/organizations/{idOrSlug}/archive',
          '/v1/organizations/{idOrSlug}/memberships',
          '/v1/organizations/{idOrSlug}/people',
          '/v1/organizations/popolo',
          '/v1/organizations/import',
          '/v1/people',
          '/v1/people/{id}',
          '/v1/memberships/{id}/end',
          '/v1/report-backs/overdue',
          '/v1/reports/attendance',
          '/v1/reports/coverage',
          '/v1/session',
          '/v1/subscribers',
          '/v1/subscribers/{id}',
          '/v1/subscriptions',
          '/v1/subscriptions/{id}',
          '/v1/deliveries',
          '/v1/deliveries/{id}/retry',
          '/v1/alerts/stream',
          '/v1/unsubscribe/{token}',
          '/v1/comments',
          '/v1/comments/{id}',
          '/v1/comments:batch',
          '/v1/comments:import',
          '/v1/engagements/{id}/report-back',
          '/v1/syntheses',
          '/v1/syntheses/{id}',
          '/v1/syntheses/{id}/report',
          '/v1/syntheses/{id}/report.csv',
          '/v1/syntheses/{id}/report.html',
          '/v1/syntheses/{id}/themes/{key}/response',
        ].sort(),
      );
      expect(doc.components.securitySchemes).toEqual({
        bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
        'x-api-key': expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
      });
      const create = doc.paths['/v1/organizations'].post;
      expect(create.security).toEqual(expect.arrayContaining([{ bearer: [] }, { 'x-api-key': [] }]));
      const schema = (ref: { $ref: string }) => doc.components.schemas[ref.$ref.replace('#/components/schemas/', '')];
      const body = schema(create.requestBody.content['application/json'].schema);
      expect(body.properties.slug).toEqual({ type: 'string', maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
      expect(body.required).toEqual(['slug', 'kind', 'name']);
      expect(Object.keys(create.responses).sort()).toEqual(['201', '400', '401', '403', '409', '429', '503', '504']);
      expect(doc.paths['/health'].get.security).toBeUndefined();
      expect(schema(create.responses['409'].content['application/problem+json'].schema).required).toEqual(['type', 'title', 'status', 'detail']);
      expect((await http.get('/docs')).text).toContain('swagger-ui');
    });

    it('reports every service of the process ready on /health, without a key', async () => {
      const res = await http.get('/health');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('ok');
      expect(Object.keys(res.body.services)).toEqual(['gateway', 'registry']);
      expect(res.body.services.registry).toEqual({
        status: 'up',
        checks: { 'registry-database': { status: 'up' }, 'registry-nats': { status: 'up', transport: 'in-process' } },
      });
      expect(res.body.services.gateway.status).toBe('up');
      // The registry runs in this process, so it is not asked over the transport; the others are, and are not there.
      expect(Object.keys(res.body.downstream)).toEqual(['scheduling', 'feedback', 'notifications']);
      expect(res.body.downstream.scheduling.status).toBe('down');
    });

    it('answers 503 problem+json naming the service that is not ready', async () => {
      ProcessServices.register({ service: 'scheduling', ready: async () => ({ 'scheduling-database': { status: 'down', message: 'connection refused' } }) });
      try {
        const res = await http.get('/health');
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body).toMatchObject({ status: 503, title: 'Service Unavailable', detail: 'Not ready: scheduling.' });
        expect(res.body.services.scheduling).toEqual({
          status: 'down',
          checks: { 'scheduling-database': { status: 'down', message: 'connection refused' } },
        });
        expect(res.body.services.registry.status).toBe('up');
      } finally {
        ProcessServices.unregister('scheduling');
      }
    });

    it('serves Prometheus metrics of every service, including events the registry published', async () => {
      const published = 'civic_events_published_total{service="registry",subject="civic.registry.organization.created"}';
      const res = await eventually(
        () => http.get('/metrics'),
        (r) => r.text.includes(published),
        { timeoutMs: 10_000 },
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('# TYPE civic_events_published_total counter');
    });

    it('answers 404 problem+json for a route that does not exist', async () => {
      const res = await http.get('/v1/neighborhoods').set(bearer(keys.admin));
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/v1/neighborhoods' });
    });
  });

  describe('when the registry is not running', () => {
    beforeAll(async () => {
      await registry!.close();
      registry = undefined;
    });

    it('answers 503 problem+json instead of hanging', async () => {
      const res = await http.get('/v1/organizations/kenton').set(bearer(keys.coordinator));
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ title: 'Service Unavailable', status: 503 });
      expect(res.body.detail).toContain('registry.organization.get');
    });
  });
});
