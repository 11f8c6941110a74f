import SwaggerParser from '@apidevtools/swagger-parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { eventually, TestNamespace } from '#libs/testing';
import { startPlatform, type RunningPlatform } from '../support/platform.js';
import { signInAsDemo } from '../support/sign-in.js';

interface Operation {
  requestBody?: { content?: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}
interface Answer {
  status: number;
  type: string;
  text: string;
  body: Record<string, unknown>;
}

/** `/v1/engagements/{id}` as a pattern that matches the paths a client sends. */
const templatePattern = (template: string): RegExp => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);

/**
 * The OpenAPI document checked by two validators the platform did not write, and every route's
 * real answers checked against it with Ajv: status documented, body of the documented media type
 * and schema. A route the scenario never answered successfully fails the suite.
 */
describe('the OpenAPI document, and every route answering as it says', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null, extra: { FEEDBACK_JOB_POLL_MS: '50', OIDC_DEMO_PASSWORD: 'conformance-demo' } });
  let platform: RunningPlatform;
  let doc: Document;
  const keys = { admin: '', coordinator: '', pbot: '' };
  const answered = new Map<string, number[]>();
  const mismatches: string[] = [];
  // Both are CommonJS whose module object is the export; `.default` is the same function, as their types say.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validators = new Map<string, ValidateFunction>();

  const operationOf = (method: string, path: string): { template: string; operation: Operation } | null => {
    const bare = path.split('?')[0];
    // A literal path (/v1/engagements:check) wins over a template that also matches it.
    const candidates = Object.keys(doc.paths).filter((t) => doc.paths[t][method] && templatePattern(t).test(bare));
    const template = candidates.find((t) => !t.includes('{')) ?? candidates[0];
    return template ? { template, operation: doc.paths[template][method] } : null;
  };

  /** Sends a request and checks its answer against the document; answers it for the scenario to go on. */
  async function call(key: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const json = body !== undefined && typeof body !== 'string';
    const res = await fetch(`${platform.base}${path}`, {
      method: method.toUpperCase(),
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : json ? JSON.stringify(body) : (body as string),
    });
    const text = await res.text();
    const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
    const answer: Answer = { status: res.status, type, text, body: type.endsWith('json') && text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    const found = operationOf(method, path);
    const where = `${method.toUpperCase()} ${path} → ${res.status}`;
    if (!found) {
      mismatches.push(`${where}: no documented operation`);
      return answer;
    }
    const id = `${method.toUpperCase()} ${found.template}`;
    answered.set(id, [...(answered.get(id) ?? []), res.status]);
    const documented = found.operation.responses[String(res.status)];
    if (!documented) {
      mismatches.push(`${where}: status not documented (${Object.keys(found.operation.responses).join(', ')}): ${text.slice(0, 300)}`);
      return answer;
    }
    if (res.status === 204 || !documented.content) return answer;
    const media = documented.content[type];
    if (!media) {
      mismatches.push(`${where}: ${type} not documented (${Object.keys(documented.content).join(', ')})`);
      return answer;
    }
    const pointer = `openapi#/paths/${found.template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${res.status}/content/${type.replace(/~/g, '~0').replace(/\//g, '~1')}/schema`;
    const validate = validators.get(pointer) ?? ajv.compile({ $ref: pointer });
    validators.set(pointer, validate);
    const value: unknown = type.endsWith('json') ? answer.body : text;
    if (!validate(value)) mismatches.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600)}`);
    return answer;
  }

  const ok = async (expected: number, key: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer> => {
    const answer = await call(key, method, path, body, headers);
    expect([method, path, answer.status, answer.status === expected ? '' : answer.text, mismatches]).toEqual([method, path, expected, '', []]);
    return answer;
  };

  beforeAll(async () => {
    platform = await startPlatform(env);
    keys.admin = platform.createKey('--role', 'admin', '--label', 'openapi conformance');
    keys.coordinator = platform.createKey('--role', 'coordinator');
    keys.pbot = platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    doc = (await (await fetch(`${platform.base}/docs-json`)).json()) as Document;
    ajv.addSchema({ ...doc, $id: 'openapi' });
  });

  afterAll(async () => {
    await platform?.stop();
    await ns.cleanup();
  });

  it('is valid OpenAPI 3.1 to two independent validators', async () => {
    const seriousme = await new Validator().validate(structuredClone(doc) as unknown as Parameters<Validator['validate']>[0]);
    expect(seriousme.errors ?? []).toEqual([]);
    await expect(SwaggerParser.validate(structuredClone(doc) as unknown as Parameters<typeof SwaggerParser.validate>[0])).resolves.toBeDefined();
  });

  it('answers every route as documented: statuses, media types and bodies', async () => {
    // Registry: organizations, the map, Popolo, people and memberships.
    await ok(200, keys.pbot, 'get', '/v1/api-keys/current');
    const kenton = (await ok(200, keys.pbot, 'get', '/v1/organizations/kenton')).body as { id: string; representativePoint: [number, number]; councilDistricts: string[] };
    await ok(200, keys.pbot, 'get', '/v1/organizations?kind=neighborhood_association&limit=5');
    await ok(200, keys.pbot, 'get', '/v1/organizations.geojson?councilDistrict=2');
    await ok(200, keys.coordinator, 'get', '/v1/organizations/popolo?q=kenton');
    const [lon, lat] = kenton.representativePoint;
    await ok(200, keys.pbot, 'get', `/v1/lookup?lat=${lat}&lon=${lon}`);
    const created = (await ok(201, keys.admin, 'post', '/v1/organizations', { slug: 'openapi-test-garden', kind: 'community_organization', name: 'OpenAPI Test Garden' })).body as { id: string; version: number };
    const changed = (await ok(200, keys.admin, 'patch', '/v1/organizations/openapi-test-garden', { website: 'https://garden.example.org' }, { 'if-match': `"${created.version}"` })).body as { version: number };
    await ok(200, keys.admin, 'post', '/v1/organizations/import?dryRun=true', 'slug,kind,name\nopenapi-import,community_organization,Imported\n', { 'content-type': 'text/csv' });
    await ok(200, keys.admin, 'post', '/v1/organizations/openapi-test-garden/archive', undefined, { 'if-match': `"${changed.version}"` });
    const person = (await ok(201, keys.admin, 'post', '/v1/people', { name: 'Ana Ruiz', email: 'ana@kenton.example' })).body as { id: string };
    await ok(200, keys.coordinator, 'get', `/v1/people/${person.id}`);
    const membership = (await ok(201, keys.admin, 'post', '/v1/organizations/kenton/memberships', { personId: person.id, role: 'chair', startDate: '2025-01-01' })).body as { id: string };
    await ok(200, keys.pbot, 'get', '/v1/organizations/kenton/people');
    await ok(200, keys.admin, 'post', `/v1/memberships/${membership.id}/end`, { endDate: '2026-06-30' });

    // Scheduling: check, publish, list, change, history, calendars, coordination.
    const engagement = (at: string, title: string) => ({ title, kind: 'open_house', startsAt: `${at}T18:00:00`, endsAt: `${at}T20:00:00`, location: { address: 'Kenton Firehouse', lat, lon } });
    await ok(200, keys.pbot, 'post', '/v1/engagements:check', engagement('2027-04-06', 'Kenton open house'));
    const first = (await ok(201, keys.pbot, 'post', '/v1/engagements', { ...engagement('2027-04-06', 'Kenton open house'), externalId: 'openapi-1', languages: ['en', 'es'] })).body as { id: string; version: number };
    await ok(200, keys.pbot, 'post', '/v1/engagements', { ...engagement('2027-04-06', 'Kenton open house'), externalId: 'openapi-1', languages: ['en', 'es'] });
    await ok(200, keys.pbot, 'post', '/v1/engagements:batch', { items: [{ ...engagement('2027-04-06', 'Kenton walk'), externalId: 'openapi-2' }] });
    await ok(200, keys.pbot, 'get', '/v1/engagements?bureau=PBOT&limit=10');
    await ok(200, keys.pbot, 'get', '/v1/engagements/suggestions?audience=kenton&from=2027-04-05&to=2027-04-12&duration=90');
    const shown = await ok(200, keys.coordinator, 'get', `/v1/engagements/${first.id}`);
    const etag = (await fetch(`${platform.base}/v1/engagements/${first.id}`, { headers: { authorization: `Bearer ${keys.pbot}` } })).headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(shown.body.id).toBe(first.id);
    await ok(200, keys.pbot, 'post', `/v1/engagements/${first.id}/check`, { title: 'Kenton open house, moved' }, { 'if-match': etag });
    await ok(200, keys.pbot, 'patch', `/v1/engagements/${first.id}`, { title: 'Kenton open house, moved' }, { 'if-match': etag });
    await ok(200, keys.pbot, 'get', `/v1/engagements/${first.id}/history`);
    const conflicts = (await ok(200, keys.coordinator, 'get', '/v1/conflicts?status=all')).body as { items: Array<{ id: string }> };
    expect(conflicts.items.length).toBeGreaterThan(0);
    // Triage: a conflict taken through every step, and a fatigue alert raised by three bureaus reaching Kenton.
    const conflict = `/v1/conflicts/${conflicts.items[0].id}`;
    const version = ((await ok(200, keys.coordinator, 'get', conflict)).body as { version: number }).version;
    const triage = async (path: string, from: number) => {
      const match = (v: number) => ({ 'if-match': `"${v}"` });
      await ok(200, keys.coordinator, 'post', `${path}/acknowledge`, undefined, match(from));
      await ok(200, keys.coordinator, 'post', `${path}/assign`, { assignee: 'k_colleague', assigneeName: 'Dana Ortiz' }, match(from + 1));
      await ok(200, keys.coordinator, 'post', `${path}/resolve`, { note: 'Moved to the following week.' }, match(from + 2));
      await ok(200, keys.admin, 'post', `${path}/reopen`, { note: 'Could not move after all.' }, match(from + 3));
      await ok(412, keys.coordinator, 'post', `${path}/acknowledge`, undefined, match(from));
      await ok(428, keys.coordinator, 'post', `${path}/acknowledge`);
      await ok(403, keys.pbot, 'post', `${path}/resolve`, { note: 'Ours moved.' }, match(from + 4));
      await ok(400, keys.coordinator, 'post', `${path}/resolve`, {}, match(from + 4));
      await ok(409, keys.coordinator, 'post', `${path}/reopen`, undefined, match(from + 4));
      await ok(200, keys.pbot, 'get', `${path}/history`);
    };
    await triage(conflict, version);
    for (const bureau of ['BES', 'PP&R']) await ok(201, keys.coordinator, 'post', '/v1/engagements', { ...engagement('2027-04-08', `${bureau} Kenton survey`), bureau, audience: { organizations: ['kenton'] } });
    const fatigue = (await ok(200, keys.coordinator, 'get', '/v1/fatigue?organization=kenton&triage=all')).body as { items: Array<{ id: string; version: number }> };
    expect(fatigue.items.length).toBeGreaterThan(0);
    await ok(200, keys.pbot, 'get', `/v1/fatigue/${fatigue.items[0].id}`);
    await triage(`/v1/fatigue/${fatigue.items[0].id}`, fatigue.items[0].version);
    await ok(404, keys.coordinator, 'get', '/v1/fatigue/018f0000-0000-7000-8000-000000000000');
    await ok(200, keys.pbot, 'get', '/v1/calendars/city.ics');
    await ok(200, keys.pbot, 'get', '/v1/calendars/bureaus/PBOT.ics');
    await ok(200, keys.pbot, 'get', `/v1/calendars/districts/${kenton.councilDistricts[0]}.ics`);
    await ok(200, keys.pbot, 'get', '/v1/calendars/organizations/kenton.ics');
    await ok(200, keys.coordinator, 'get', '/v1/reports/coverage?from=2027-01-01&to=2027-12-31');
    await ok(200, keys.coordinator, 'get', '/v1/reports/attendance?by=month&from=2026-01-01&to=2027-12-31');
    const cancelled = (await ok(201, keys.pbot, 'post', '/v1/engagements', engagement('2027-05-04', 'Cancelled walk'))).body as { id: string };
    await ok(200, keys.pbot, 'post', `/v1/engagements/${cancelled.id}/cancel`, { reason: 'The venue closed.' });
    // Held: an engagement that already happened.
    const past = (await ok(201, keys.pbot, 'post', '/v1/engagements', engagement('2026-01-13', 'Lombard listening session'))).body as { id: string };
    await ok(200, keys.pbot, 'post', `/v1/engagements/${past.id}/held`, { actualAttendance: 31 });
    await ok(200, keys.coordinator, 'get', '/v1/report-backs/overdue');

    // Feedback: comments, a synthesis and its reports, a report-back.
    const comments = ['Lombard needs safer crossings near the school.', 'Crossing Lombard with kids is scary, add a signal.', 'Trucks speed on Lombard at night.', 'Slow the trucks on Lombard with cameras.'];
    const one = (await ok(201, keys.pbot, 'post', '/v1/comments', { text: 'Add a crossing signal at Lombard and Denver.', engagementId: past.id })).body as { comments: Array<{ id: string }> };
    await ok(201, keys.pbot, 'post', '/v1/comments:batch', { comments: comments.map((text, i) => ({ text, engagementId: past.id, externalId: `openapi-${i}` })) });
    await ok(200, keys.pbot, 'post', '/v1/comments:import?textColumn=comment&dryRun=true', 'comment\nMore buses on Denver please.\n', { 'content-type': 'text/csv' });
    await ok(200, keys.coordinator, 'get', `/v1/comments/${one.comments[0].id}`);
    const synthesis = (await ok(202, keys.pbot, 'post', '/v1/syntheses', { scope: { engagementIds: [past.id] }, themes: [{ label: 'Safe crossings' }, { label: 'Truck speeding' }] })).body as { id: string };
    const view = await eventually(
      () => ok(200, keys.pbot, 'get', `/v1/syntheses/${synthesis.id}`),
      (answer) => ['done', 'failed'].includes(String(answer.body.status)),
      { timeoutMs: 120_000, everyMs: 250 },
    );
    expect(view.body.status).toBe('done');
    await ok(200, keys.pbot, 'put', `/v1/syntheses/${synthesis.id}/themes/0/response`, { status: 'adopted', response: 'A signal at Lombard and Denver is funded for 2027.' });
    await ok(200, keys.pbot, 'get', `/v1/syntheses/${synthesis.id}/report`);
    await ok(200, keys.pbot, 'get', `/v1/syntheses/${synthesis.id}/report.html`);
    await ok(200, keys.pbot, 'get', `/v1/syntheses/${synthesis.id}/report.csv`);
    await ok(201, keys.pbot, 'post', `/v1/engagements/${past.id}/report-back`, { whatWeHeard: 'Crossings and speeding.', whatWeDid: 'We funded a signal.', synthesisId: synthesis.id });

    // Notifications: subscribers, subscriptions, deliveries, the live stream, unsubscribe.
    const subscriber = (await ok(201, keys.pbot, 'post', '/v1/subscribers', { name: 'PBOT coordination desk', kind: 'bureau', email: 'desk@pbot.example.gov' })).body as { id: string };
    await ok(200, keys.coordinator, 'get', '/v1/subscribers?limit=10');
    await ok(200, keys.pbot, 'get', `/v1/subscribers/${subscriber.id}`);
    await ok(200, keys.pbot, 'patch', `/v1/subscribers/${subscriber.id}`, { name: 'PBOT desk' });
    const subscription = (await ok(201, keys.pbot, 'post', '/v1/subscriptions', { eventTypes: ['coordination.*'], channel: 'live', filters: { councilDistricts: kenton.councilDistricts } })).body as { id: string };
    await ok(200, keys.pbot, 'get', '/v1/subscriptions');
    await ok(200, keys.pbot, 'get', `/v1/subscriptions/${subscription.id}`);
    await ok(200, keys.pbot, 'patch', `/v1/subscriptions/${subscription.id}`, { active: false });
    await ok(200, keys.coordinator, 'get', '/v1/deliveries?limit=5');
    const stream = await fetch(`${platform.base}/v1/alerts/stream`, { headers: { authorization: `Bearer ${keys.pbot}` } });
    expect([stream.status, stream.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/event-stream')]);
    answered.set('GET /v1/alerts/stream', [stream.status]);
    await stream.body?.cancel();
    await ok(400, null, 'get', '/v1/unsubscribe/not-a-token!');
    await ok(400, null, 'post', '/v1/unsubscribe/not-a-token!');
    await ok(404, keys.coordinator, 'post', '/v1/deliveries/018f0000-0000-7000-8000-000000000000/retry');
    await ok(204, keys.pbot, 'delete', `/v1/subscriptions/${subscription.id}`);
    await ok(204, keys.pbot, 'delete', `/v1/subscribers/${subscriber.id}`);

    // A staffer's browser session, signed in through the demo provider.
    const { jar } = await signInAsDemo(platform.base, 'casey', 'conformance-demo');
    const me = await ok(200, null, 'get', '/v1/session', undefined, { cookie: jar.header() });
    await ok(200, null, 'post', '/auth/sign-out', undefined, { cookie: jar.header(), 'x-csrf-token': String(me.body.csrfToken) });
    await ok(401, null, 'get', '/v1/session', undefined, { cookie: jar.header() });

    // Probes, and refusals in the one problem shape.
    await ok(200, null, 'get', '/health/live');
    await ok(200, null, 'get', '/health');
    await ok(200, null, 'get', '/metrics');
    await ok(401, null, 'get', '/v1/engagements');
    await ok(400, keys.pbot, 'post', '/v1/engagements', { title: '' });
    await ok(404, keys.pbot, 'get', '/v1/engagements/018f0000-0000-7000-8000-000000000000');
    await ok(403, keys.pbot, 'post', '/v1/organizations', { slug: 'x', kind: 'community_organization', name: 'X' });
    const revoked = platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    const keyId = ((await ok(200, revoked, 'get', '/v1/api-keys/current')).body as { keyId: string }).keyId;
    await ok(204, keys.admin, 'delete', `/v1/api-keys/${keyId}`);

    expect(mismatches).toEqual([]);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    // Routes whose success needs what a test cannot make here: a failed delivery to retry, a signed unsubscribe link.
    const successUnreachable = new Set(['POST /v1/deliveries/{id}/retry', 'GET /v1/unsubscribe/{token}', 'POST /v1/unsubscribe/{token}']);
    const unanswered = documented.filter((op) => !successUnreachable.has(op) && !(answered.get(op) ?? []).some((s) => s < 300));
    expect(unanswered).toEqual([]);
  });

  it('offers request examples that are valid as written: each one sent is accepted', async () => {
    const examples = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.entries(operation.requestBody?.content?.['application/json']?.examples ?? {}).map(([name, example]) => ({ method, path, name, value: example.value })),
      ),
    );
    expect(examples.map((e) => `${e.method.toUpperCase()} ${e.path}`)).toEqual(
      expect.arrayContaining(['POST /v1/engagements', 'POST /v1/engagements:check', 'POST /v1/engagements:batch', 'POST /v1/comments', 'POST /v1/subscriptions']),
    );
    // A new key, as a bureau trying Swagger UI has; it makes its subscriber before subscribing it.
    const key = platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    const order = (path: string): number => (path === '/v1/subscribers' ? 0 : 1);
    for (const example of examples.sort((a, b) => order(a.path) - order(b.path))) {
      const answer = await call(key, example.method, example.path, example.value);
      expect([example.path, example.name, answer.status < 300 ? 'accepted' : answer.text]).toEqual([example.path, example.name, 'accepted']);
    }
    expect(mismatches).toEqual([]);
  });
});
