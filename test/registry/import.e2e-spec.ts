import pg from 'pg';
import { TestNamespace } from '#libs/testing';
import { startSeededRegistry, type SeededRegistry } from './seeded-registry.js';

/** `POST /v1/organizations/import`: an admin's GeoJSON or CSV import, its dry-run diff, and all-or-nothing writes. */
describe('organization import', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SeededRegistry | undefined;
  let http: SeededRegistry['http'];
  let db: pg.Client;
  const keys = { admin: '', bureau: '' };

  beforeAll(async () => {
    platform = await startSeededRegistry(env);
    http = platform.http;
    keys.admin = await platform.createKey('--role', 'admin');
    keys.bureau = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    db = new pg.Client({ connectionString: ns.databaseUrl('registry') });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const importFile = (content: string, type: string, dryRun: boolean, key = keys.admin) =>
    http.post('/v1/organizations/import').query({ dryRun: String(dryRun) }).set(bearer(key)).set('Content-Type', type).send(content);
  const outboxCount = async () => Number((await db.query(`SELECT count(*)::int AS n FROM outbox_event`)).rows[0].n);

  const csv = [
    'slug,name,kind,parent,website,languages,lat,lon',
    'kenton,Kenton,,,https://kenton.example,,,',
    'sunnyside,Sunnyside,,,,,,',
    ',Kenton Tenants Union,community_organization,north-portland-neighborhood-services,,en;es,45.583,-122.686',
  ].join('\n');

  it('answers a dry run with the diff and changes nothing', async () => {
    const before = await outboxCount();
    const res = await importFile(csv, 'text/csv', true);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ dryRun: true, applied: false, summary: { create: 1, update: 1, unchanged: 1, invalid: 0 } }));
    expect(res.body.items).toEqual([
      expect.objectContaining({ ref: 'row 2', slug: 'kenton', action: 'update', changes: [{ field: 'website', from: null, to: 'https://kenton.example' }] }),
      expect.objectContaining({ ref: 'row 3', slug: 'sunnyside', action: 'unchanged', changes: [] }),
      expect.objectContaining({ ref: 'row 4', slug: 'kenton-tenants-union', action: 'create', id: null }),
    ]);
    expect(await outboxCount()).toBe(before);
    expect((await http.get('/v1/organizations/kenton-tenants-union').set(bearer(keys.admin))).status).toBe(404);
    expect((await http.get('/v1/organizations/kenton').set(bearer(keys.admin))).body.website).toBeNull();
  });

  it('applies the same file with one event per change; a second run changes nothing', async () => {
    const before = await outboxCount();
    const res = await importFile(csv, 'text/csv', false);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ dryRun: false, applied: true, summary: { create: 1, update: 1, unchanged: 1, invalid: 0 } }));
    expect(await outboxCount()).toBe(before + 2);
    const union = (await http.get('/v1/organizations/kenton-tenants-union').set(bearer(keys.admin))).body;
    const coalition = (await http.get('/v1/organizations/north-portland-neighborhood-services').set(bearer(keys.admin))).body;
    expect(union).toEqual(expect.objectContaining({ kind: 'community_organization', parentId: coalition.id, languages: ['en', 'es'], representativePoint: [-122.686, 45.583] }));
    expect((await http.get('/v1/organizations/kenton').set(bearer(keys.admin))).body.website).toBe('https://kenton.example');
    const again = await importFile(csv, 'text/csv', false);
    expect(again.body.summary).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 });
    expect(await outboxCount()).toBe(before + 2);
  });

  it('takes back its own GeoJSON export unchanged, and places a changed boundary', async () => {
    const exported = (await http.get('/v1/organizations.geojson').query({ coalition: 'southeast-uplift-neighborhood-coalition' }).set(bearer(keys.admin))).body;
    expect(exported.features.length).toBeGreaterThan(10);
    const same = await importFile(JSON.stringify(exported), 'application/geo+json', true);
    expect(same.status).toBe(200);
    expect(same.body.summary).toEqual({ create: 0, update: 0, unchanged: exported.features.length, invalid: 0 });

    const sunnyside = exported.features.find((f: { properties: { slug: string } }) => f.properties.slug === 'sunnyside');
    const [lon, lat] = (await http.get('/v1/organizations/sunnyside').set(bearer(keys.admin))).body.representativePoint;
    const d = 0.002;
    // Seven decimal places, as the registry keeps them.
    const at = (x: number, y: number) => [x, y].map((v) => Math.round(v * 1e7) / 1e7);
    sunnyside.geometry = { type: 'Polygon', coordinates: [[at(lon - d, lat - d), at(lon + d, lat - d), at(lon + d, lat + d), at(lon - d, lat + d), at(lon - d, lat - d)]] };
    const moved = await importFile(JSON.stringify({ type: 'FeatureCollection', features: [sunnyside] }), 'application/geo+json', false);
    expect(moved.body.items).toEqual([expect.objectContaining({ slug: 'sunnyside', action: 'update', changes: [{ field: 'boundary' }] })]);
    const after = (await http.get('/v1/organizations/sunnyside').set(bearer(keys.admin))).body;
    expect(after.boundary).toEqual(sunnyside.geometry);
    expect(after.councilDistricts.length).toBeGreaterThan(0);
  });

  it('lists every problem in a dry run, and refuses the real run naming rows, importing nothing', async () => {
    const bad = ['slug,name,kind,parent,publicEmail', 'good-club,Good Club,community_organization,,', 'bad-club,Bad Club,club,nowhere,not-an-email'].join('\n');
    const before = await outboxCount();
    const dry = await importFile(bad, 'text/csv', true);
    expect(dry.status).toBe(200);
    expect(dry.body.summary).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 1 });
    expect(dry.body.items[1].problems).toEqual([expect.stringMatching(/^kind: "club"/), 'publicEmail: "not-an-email" must be an email address', 'parent: no organization has slug or id "nowhere"']);
    const real = await importFile(bad, 'text/csv', false);
    expect(real.status).toBe(400);
    expect(real.body.detail).toMatch(/1 of 2 organizations are invalid; nothing was imported/);
    expect(real.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'row 3', rule: 'isValidOrganization', message: expect.stringMatching(/^kind: /) },
        { field: 'row 3', rule: 'isValidOrganization', message: expect.stringMatching(/^publicEmail: /) },
      ]),
    );
    expect((await http.get('/v1/organizations/good-club').set(bearer(keys.admin))).status).toBe(404);
    expect(await outboxCount()).toBe(before);
  });

  it('answers 400 for an unreadable file, 415 for another media type and 403 for a bureau key', async () => {
    const columns = await importFile('slug,ward\nkenton,3', 'text/csv', true);
    expect(columns.status).toBe(400);
    expect(columns.body.errors).toEqual([expect.objectContaining({ field: 'columns', message: expect.stringMatching(/unknown column\(s\) "ward"/) })]);
    const notJson = await importFile('{"type":', 'application/geo+json', true);
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors).toEqual([expect.objectContaining({ field: 'content' })]);
    const json = await http.post('/v1/organizations/import').set(bearer(keys.admin)).send({ type: 'FeatureCollection', features: [] });
    expect(json.status).toBe(415);
    expect(json.body.detail).toMatch(/application\/geo\+json or text\/csv/);
    expect((await importFile(csv, 'text/csv', true, keys.bureau)).status).toBe(403);
  });
});
