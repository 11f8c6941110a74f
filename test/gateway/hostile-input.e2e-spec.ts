import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { MAX_INPUT_DEPTH } from '#libs/contracts';
import { TestNamespace } from '#libs/testing';
import { INVALID_REQUEST_TYPE } from '../../apps/gateway/src/problems/problem-details.js';
import { startWholePlatform, type WholePlatform } from '../support/whole-platform.js';

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> };

/**
 * What a hostile or careless client sends, against every service at once: each is refused with a
 * 4xx problem naming the field and the rule, nothing is stored in any service's database, and no
 * request is answered 5xx.
 */
describe('hostile input at the gateway', () => {
  const ns = new TestNamespace();
  let platform: WholePlatform;
  let http: WholePlatform['http'];
  let port: number;
  let keys: WholePlatform['keys'];
  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const stored = () => platform.stored();

  /** Sends, expects the refusal (status, problem type, field and rule) and that nothing changed. */
  async function refused(
    send: () => Promise<Answer>,
    expected: { status?: number; type?: string; field: string | RegExp; rule: string },
  ): Promise<Answer> {
    const before = await stored();
    const res = await send();
    const { status = 400, type = INVALID_REQUEST_TYPE, field, rule } = expected;
    expect({ status: res.status, type: res.body.type, contentType: res.headers['content-type'] }).toEqual({
      status,
      type,
      contentType: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: typeof field === 'string' ? field : expect.stringMatching(field), rule })]));
    for (const error of res.body.errors as Array<Record<string, unknown>>) expect(error).toEqual({ field: expect.any(String), rule: expect.any(String), message: expect.any(String) });
    expect(await stored()).toEqual(before);
    return res;
  }

  const engagement = (changes: Record<string, unknown> = {}) => ({
    title: 'Lombard Street safety listening session',
    kind: 'listening_session',
    startsAt: '2027-03-04T18:00:00',
    endsAt: '2027-03-04T20:00:00',
    location: { address: '7600 N Lombard St' },
    ...changes,
  });
  const postJson = (path: string, key: string, body: string) =>
    http.post(path).set(bearer(key)).set('Content-Type', 'application/json').send(body) as unknown as Promise<Answer>;
  /** Bytes as they are: supertest would write a Buffer as JSON. */
  const postBytes = (path: string, key: string, bytes: Buffer) =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: { ...bearer(key), 'Content-Type': 'application/json', 'Content-Length': bytes.length } });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as Record<string, unknown> }));
      });
      req.on('error', reject);
      req.end(bytes);
    });
  const post = (path: string, key: string, body: object) => http.post(path).set(bearer(key)).send(body) as unknown as Promise<Answer>;
  const get = (path: string, key: string) => http.get(path).set(bearer(key)) as unknown as Promise<Answer>;
  const nested = (depth: number): unknown => {
    let value: unknown = 'deep';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  beforeAll(async () => {
    platform = await startWholePlatform(ns);
    ({ http, port, keys } = platform);
    expect((await post('/v1/subscribers', keys.pbot, { name: 'PBOT outreach', kind: 'bureau' })).status).toBe(201);
    expect((await post('/v1/organizations', keys.admin, { slug: 'hostile-a', kind: 'community_organization', name: 'Hostile A', ocdId: 'ocd-organization/test:hostile-a' })).status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  describe('NUL characters, which Postgres cannot store in text', () => {
    it('refuses them in a title, a name, a comment and a subscriber, naming the field', async () => {
      await refused(() => post('/v1/engagements', keys.pbot, engagement({ title: 'Lombard\u0000Street' })), { field: 'title', rule: 'noNul' });
      await refused(() => post('/v1/organizations', keys.admin, { slug: 'nul-name', kind: 'community_organization', name: 'Nul\u0000' }), { field: 'name', rule: 'noNul' });
      await refused(() => post('/v1/comments', keys.pbot, { text: 'The crossing\u0000is dangerous' }), { field: 'text', rule: 'noNul' });
      await refused(() => post('/v1/subscribers', keys.coordinator, { name: 'x\u0000', kind: 'staff' }), { field: 'name', rule: 'noNul' });
      await refused(() => post('/v1/engagements', keys.pbot, engagement({ audience: { communityTags: ['renters', '\u0000'] } })), { field: 'audience.communityTags.1', rule: 'noNul' });
    });

    it('refuses them in a property name, a path segment, a key id and a query value', async () => {
      await refused(() => postJson('/v1/engagements', keys.pbot, '{"ti\\u0000tle":"x"}'), { field: 'ti\\u0000tle', rule: 'noNul' });
      await refused(() => get('/v1/organizations/kenton%00', keys.coordinator), { field: 'idOrSlug', rule: 'noNul' });
      await refused(() => http.patch('/v1/organizations/hostile-a%00').set(bearer(keys.admin)).set('If-Match', '"1"').send({ name: 'x' }) as unknown as Promise<Answer>, {
        field: 'idOrSlug',
        rule: 'noNul',
      });
      await refused(() => http.delete('/v1/api-keys/%00bcdef012345').set(bearer(keys.admin)) as unknown as Promise<Answer>, { field: 'keyId', rule: 'noNul' });
      await refused(() => get('/v1/organizations?q=ken%00ton', keys.coordinator), { field: 'q', rule: 'noNul' });
      await refused(() => get('/v1/engagements?neighborhood=a%00', keys.pbot), { field: 'neighborhood', rule: 'noNul' });
    });

    it('refuses them in an uploaded CSV', async () => {
      const csv = 'text\nThe crossing at Lombard\u0000 is dangerous\n';
      await refused(
        () => http.post('/v1/comments:import?textColumn=text').set(bearer(keys.pbot)).set('Content-Type', 'text/csv').send(csv) as unknown as Promise<Answer>,
        { field: 'body', rule: 'noNul' },
      );
    });
  });

  it('answers a second organization with the same ocdId 409 naming ocdId, rule unique', async () => {
    await refused(() => post('/v1/organizations', keys.admin, { slug: 'hostile-b', kind: 'community_organization', name: 'Hostile B', ocdId: 'ocd-organization/test:hostile-a' }), {
      status: 409,
      type: 'about:blank',
      field: 'ocdId',
      rule: 'unique',
    });
  });

  it('refuses a period whose from is after its to, on every list that takes one', async () => {
    const backwards = 'from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z';
    for (const path of ['/v1/engagements', '/v1/conflicts', '/v1/fatigue', '/v1/report-backs/overdue', '/v1/reports/attendance']) {
      await refused(() => get(`${path}?${backwards}${path.endsWith('attendance') ? '&by=month' : ''}`, keys.coordinator), { field: 'to', rule: 'isAfter' });
    }
    await refused(() => get(`/v1/reports/coverage?${backwards}`, keys.coordinator), { field: 'to', rule: 'isAfter' });
    await refused(() => post('/v1/syntheses', keys.coordinator, { scope: { bureau: 'PBOT', from: '2027-02-01', to: '2027-01-01' } }), { field: 'scope.to', rule: 'isAfter' });
  });

  it('refuses dates outside 1900-2199 and integers beyond what is sensible or exact', async () => {
    await refused(() => post('/v1/engagements', keys.pbot, engagement({ startsAt: '9999-01-01T18:00:00', endsAt: '9999-01-01T20:00:00' })), { field: 'startsAt', rule: 'isInDateRange' });
    await refused(() => get('/v1/engagements?from=9999-01-01', keys.pbot), { field: 'from', rule: 'isInDateRange' });
    const unsafe = JSON.stringify(engagement()).replace(/}$/, ',"expectedAttendance":9007199254740993}');
    await refused(() => postJson('/v1/engagements', keys.pbot, unsafe), { field: 'expectedAttendance', rule: 'max' });
  });

  it('refuses list items that are not objects, and JSON nested 100,000 deep, before anything walks it', async () => {
    await refused(() => postJson('/v1/comments:batch', keys.pbot, '{"comments":[[]]}'), { field: 'comments', rule: 'isObject' });
    await refused(() => postJson('/v1/engagements:batch', keys.pbot, '{"items":[[]]}'), { field: 'items', rule: 'isObject' });
    const deep = `{"description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await refused(() => postJson('/v1/engagements', keys.pbot, deep), { field: new RegExp(`^description(\\.0){${MAX_INPUT_DEPTH - 1}}$`), rule: 'maxDepth' });
    await refused(() => post('/v1/comments', keys.pbot, { text: 'Sidewalks', demographics: nested(1000) }), { field: /^demographics(\.a)+$/, rule: 'maxDepth' });
  });

  it('refuses bodies that are not UTF-8 and lone surrogates, instead of storing U+FFFD', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    await refused(() => postBytes('/v1/engagements', keys.pbot, latin1), { field: 'body', rule: 'isUtf8' });
    await refused(() => postJson('/v1/engagements', keys.pbot, JSON.stringify(engagement()).replace(/}$/, ',"description":"\\ud800"}')), { field: 'description', rule: 'isUtf8' });
    await refused(() => postJson('/v1/organizations', keys.admin, '{"slug":"surrogate","kind":"bureau","name":"\\udc00x"}'), { field: 'name', rule: 'isUtf8' });
  });

  it('refuses 200,000 council districts in one audience or filter', async () => {
    const districts = Array<string>(200_000).fill('2');
    await refused(() => post('/v1/engagements', keys.pbot, engagement({ audience: { councilDistricts: districts } })), { field: 'audience.councilDistricts', rule: 'arrayMaxSize' });
    await refused(() => post('/v1/subscriptions', keys.pbot, { eventTypes: ['coordination.*'], channel: 'live', filters: { councilDistricts: districts } }), {
      field: 'filters.councilDistricts',
      rule: 'arrayMaxSize',
    });
    await refused(() => post('/v1/organizations', keys.admin, { slug: 'many-districts', kind: 'bureau', name: 'Many', councilDistricts: districts }), { field: 'councilDistricts', rule: 'arrayMaxSize' });
  });

  it('refuses __proto__ and constructor keys, naming them, instead of dropping them', async () => {
    await refused(() => postJson('/v1/engagements', keys.pbot, JSON.stringify(engagement()).replace(/^{/, '{"__proto__":{"status":"held"},')), { field: '__proto__', rule: 'forbidden' });
    await refused(() => postJson('/v1/engagements', keys.pbot, JSON.stringify(engagement({ location: { constructor: { prototype: {} }, address: 'x' } }))), {
      field: 'location.constructor',
      rule: 'forbidden',
    });
  });

  it('answers every validation failure with the one problem type and rule: a missing location, a refused webhook address, malformed JSON', async () => {
    await refused(() => post('/v1/engagements', keys.pbot, engagement({ location: undefined })), { field: 'location', rule: 'hasPlace' });
    await refused(() => post('/v1/subscriptions', keys.pbot, { eventTypes: ['coordination.*'], channel: 'webhook', webhookUrl: 'http://127.0.0.1:9/hook' }), {
      field: 'webhookUrl',
      rule: 'isPublicAddress',
    });
    await refused(() => postJson('/v1/engagements', keys.pbot, '{"title":'), { field: 'body', rule: 'isJson' });
  });

  describe('request bodies', () => {
    /** Sends only the headers of a request that announces a large body, and waits for the answer. */
    const announce = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/engagements', headers: { 'Content-Type': 'application/json', 'Content-Length': '100000000', ...headers } });
        req.on('response', (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
          req.destroy();
        });
        req.on('error', reject);
        req.flushHeaders();
      });

    it('refuses a request without a valid key before reading a byte of its body, and closes the connection', async () => {
      const anonymous = await announce({});
      expect(anonymous).toMatchObject({ status: 401, headers: { connection: 'close' } });
      expect((await announce({ Authorization: 'Bearer civic_000000000000_' + 'a'.repeat(43) })).status).toBe(401);
    });

    it('refuses a body over an ordinary route’s 1 MB as soon as its length is announced, or as soon as a stream passes it', async () => {
      expect(await announce(bearer(keys.pbot))).toMatchObject({ status: 413, headers: { connection: 'close' } });
      const streamed = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/engagements', headers: { ...bearer(keys.pbot), 'Content-Type': 'application/json' } });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', reject);
        // 1.2 MB of a body that never ends.
        req.write(`{"description":"${'x'.repeat(1_200_000)}`);
      });
      expect(streamed).toBe(413);
      const big = JSON.stringify(engagement({ description: 'x'.repeat(1_100_000) }));
      await refused(() => postJson('/v1/engagements', keys.pbot, big), { status: 413, type: 'about:blank', field: 'body', rule: 'maxSize' });
    });

    it('reads more on the batch routes that need it', async () => {
      // 300 engagements of 4,000 characters each (1.2 MB), all ending before they start: read, answered item by item, none stored.
      const items = Array.from({ length: 300 }, (_, i) => engagement({ description: 'd'.repeat(4000), externalId: `big-${i}`, endsAt: '2027-03-04T17:00:00' }));
      const before = await stored();
      const res = await post('/v1/engagements:batch', keys.pbot, { items });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 0, failed: 300 });
      expect(await stored()).toEqual(before);
    });
  });
});
