import pg from 'pg';
import { TestNamespace } from '#libs/testing';
import { portland } from '../../apps/registry/src/seed/portland-fixture.js';
import { startSeededRegistry, type SeededRegistry } from './seeded-registry.js';

/** `/v1/organizations` through the gateway to a seeded registry: lists, search, the map and admin writes. */
describe('/v1/organizations', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SeededRegistry | undefined;
  let db: pg.Client;
  let http: SeededRegistry['http'];
  const keys = { admin: '', bureau: '' };

  beforeAll(async () => {
    platform = await startSeededRegistry(env);
    http = platform.http;
    keys.admin = await platform.createKey('--role', 'admin', '--label', 'registry e2e admin');
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
  const list = (query: Record<string, string | number>) => http.get('/v1/organizations').query(query).set(bearer(keys.bureau));
  const slugs = (records: Array<{ slug: string }>) => records.map((r) => r.slug);
  const seededSlug = (ocdId: string) => portland.find((o) => o.ocdId === ocdId)!.slug;

  /** Every item of a filter, following `nextCursor` page by page. */
  async function everyPage(query: Record<string, string | number>): Promise<{ items: Array<Record<string, unknown> & { slug: string; id: string; name: string }>; pages: number }> {
    const items = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(cursor ? { ...query, cursor } : query);
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    return { items, pages };
  }

  describe('GET /v1/organizations', () => {
    it('pages through all 94 neighborhood associations, each exactly once, in name order', async () => {
      const { items, pages } = await everyPage({ kind: 'neighborhood_association', limit: 20 });
      expect(pages).toBe(5);
      expect(items).toHaveLength(94);
      expect(new Set(items.map((o) => o.id)).size).toBe(94);
      expect(items.every((o) => o.kind === 'neighborhood_association' && o.boundary === undefined)).toBe(true);
      const names = items.map((o) => o.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('pages through everything with the default page size of 50', async () => {
      const first = await list({});
      expect(first.body.items).toHaveLength(50);
      const { items } = await everyPage({});
      expect(items).toHaveLength(portland.length);
      expect(new Set(items.map((o) => o.id)).size).toBe(portland.length);
    });

    it('filters by council district', async () => {
      const { items } = await everyPage({ councilDistrict: 2, limit: 200 });
      const expected = portland.filter((o) => o.councilDistricts.includes('2')).map((o) => o.slug);
      expect(items.length).toBeGreaterThan(0);
      expect(slugs(items).sort()).toEqual(expected.sort());
    });

    it('filters by coalition, named by slug or id', async () => {
      const coalition = 'north-portland-neighborhood-services';
      const expected = portland.filter((o) => o.parentOcdId && seededSlug(o.parentOcdId) === coalition).map((o) => o.slug).sort();
      const bySlug = await list({ coalition, limit: 200 });
      expect(bySlug.status).toBe(200);
      expect(slugs(bySlug.body.items).sort()).toEqual(expected);
      expect(expected).toContain('kenton');
      const id = (await http.get(`/v1/organizations/${coalition}`).set(bearer(keys.bureau))).body.id;
      expect(slugs((await list({ coalition: id, limit: 200 })).body.items).sort()).toEqual(expected);
      const unknown = await list({ coalition: 'no-such-coalition' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.detail).toBe('no district coalition has id or slug "no-such-coalition"');
      expect((await http.get('/v1/organizations.geojson').query({ coalition: 'kenton' }).set(bearer(keys.bureau))).status).toBe(404);
    });

    it('filters by status', async () => {
      const active = await everyPage({ status: 'active', kind: 'council_district' });
      expect(active.items).toHaveLength(4);
    });

    it('searches word prefixes, ignoring case and accents', async () => {
      expect(slugs((await list({ q: 'kent' })).body.items)).toEqual(expect.arrayContaining(['kenton', 'kenton-business-association']));
      expect(slugs((await list({ q: 'KÉNTÓN', kind: 'neighborhood_association' })).body.items)).toEqual(['kenton']);
      expect(slugs((await list({ q: 'saint johns', kind: 'neighborhood_association' })).body.items)).toEqual(['st-johns']);
      expect(slugs((await list({ q: 'st. johns', kind: 'neighborhood_association' })).body.items)).toEqual(['st-johns']);
      // Prefixes of words, not any substring.
      expect((await list({ q: 'enton', kind: 'neighborhood_association' })).body.items).toEqual([]);
    });

    it('finds an accented name by its plain spelling', async () => {
      const created = await http
        .post('/v1/organizations')
        .set(bearer(keys.admin))
        .send({ slug: 'cafe-montanes-neighbors', kind: 'community_organization', name: 'Café Montañés Neighbors' });
      expect(created.status).toBe(201);
      expect(slugs((await list({ q: 'cafe montan' })).body.items)).toEqual(['cafe-montanes-neighbors']);
    });

    it('answers 400 naming the field and rule for a bad filter or cursor', async () => {
      const res = await list({ kind: 'club', limit: 500, councilDistrict: 'north', status: 'gone' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'kind', rule: 'isIn' }),
          expect.objectContaining({ field: 'limit', rule: 'max' }),
          expect.objectContaining({ field: 'councilDistrict', rule: 'matches' }),
          expect.objectContaining({ field: 'status', rule: 'isIn' }),
        ]),
      );
      const cursor = await list({ cursor: 'bm90LW91cnM' });
      expect(cursor.status).toBe(400);
      expect(cursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });

  describe('GET /v1/organizations.geojson', () => {
    it('answers a FeatureCollection of the filtered organizations with their boundaries', async () => {
      const res = await http.get('/v1/organizations.geojson').query({ kind: 'neighborhood_association' }).set(bearer(keys.bureau));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
      const map = JSON.parse(res.text);
      expect(map.type).toBe('FeatureCollection');
      expect(map.features).toHaveLength(94);
      const kenton = map.features.find((f: { properties: { slug: string } }) => f.properties.slug === 'kenton');
      expect(kenton.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(kenton.geometry.type);
      expect(Object.keys(kenton.properties).sort()).toEqual(['councilDistricts', 'id', 'kind', 'name', 'parentId', 'slug', 'status']);
      expect(kenton.properties.councilDistricts).toEqual(['2']);
    });

    it('gives a bureau, which has no area of its own on the map, no geometry', async () => {
      const res = await http.get('/v1/organizations.geojson').query({ kind: 'bureau' }).set(bearer(keys.bureau));
      const map = JSON.parse(res.text);
      expect(map.features).toHaveLength(portland.filter((o) => o.kind === 'bureau').length);
      expect(map.features.every((f: { geometry: unknown }) => f.geometry === null)).toBe(true);
    });

    it('answers 400 for a bad filter', async () => {
      expect((await http.get('/v1/organizations.geojson').query({ kind: 'club' }).set(bearer(keys.bureau))).status).toBe(400);
    });
  });

  describe('admin writes', () => {
    const patch = (slug: string, body: object, ifMatch?: string, key = keys.admin) => {
      const req = http.patch(`/v1/organizations/${slug}`).set(bearer(key));
      return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
    };
    const eventsOf = async (id: string, type: string) =>
      Number((await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND type = $2`, [id, type])).rows[0].n);

    it('updates with the current version: 200, next version, its ETag and one updated event', async () => {
      const read = await http.get('/v1/organizations/sunnyside').set(bearer(keys.bureau));
      expect(read.headers.etag).toBe(`"${read.body.version}"`);
      const before = await eventsOf(read.body.id, 'gov.civic.registry.organization.updated.v1');
      const res = await patch(
        'sunnyside',
        { meetingSchedule: 'Second Thursday, 7 pm', languages: ['en', 'es', 'zh-Hant'], publicEmail: 'board@sunnyside.example' },
        read.headers.etag,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ version: read.body.version + 1, meetingSchedule: 'Second Thursday, 7 pm', languages: ['en', 'es', 'zh-Hant'] }));
      expect(res.headers.etag).toBe(`"${read.body.version + 1}"`);
      expect(await eventsOf(read.body.id, 'gov.civic.registry.organization.updated.v1')).toBe(before + 1);
    });

    it('refuses a stale version with 412 and a missing If-Match with 428, changing nothing', async () => {
      const read = await http.get('/v1/organizations/kenton').set(bearer(keys.bureau));
      const stale = await patch('kenton', { website: 'https://kenton.example' }, `"${read.body.version - 1 || 99}"`);
      expect(stale.status).toBe(412);
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      const missing = await patch('kenton', { website: 'https://kenton.example' });
      expect(missing.status).toBe(428);
      expect(missing.body.detail).toMatch(/If-Match/);
      const malformed = await patch('kenton', { website: 'https://kenton.example' }, 'yesterday');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
      expect((await http.get('/v1/organizations/kenton').set(bearer(keys.bureau))).body.version).toBe(read.body.version);
    });

    it('answers 400 naming the field for a bad body or boundary', async () => {
      const { etag } = (await http.get('/v1/organizations/kenton').set(bearer(keys.bureau))).headers;
      const body = await patch('kenton', { website: 'kenton', languages: ['english!'], status: 'archived', ward: 3 }, etag);
      expect(body.status).toBe(400);
      expect(body.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'website', rule: 'isUrl' }),
          expect.objectContaining({ field: 'languages', rule: 'matches' }),
          expect.objectContaining({ field: 'status', rule: 'isIn' }),
          expect.objectContaining({ field: 'ward', rule: 'whitelistValidation' }),
        ]),
      );
      const open = { type: 'Polygon', coordinates: [[[-122.68, 45.58], [-122.67, 45.58], [-122.67, 45.59], [-122.68, 45.595]]] };
      const boundary = await patch('kenton', { boundary: open }, etag);
      expect(boundary.status).toBe(400);
      expect(boundary.body.errors).toEqual([expect.objectContaining({ field: 'boundary' })]);
      expect(boundary.body.detail).toMatch(/not closed/);
    });

    it('places a new boundary: its council districts and representative point follow it', async () => {
      const [lon, lat] = portland.find((o) => o.slug === 'kenton')!.representativePoint!;
      const d = 0.001;
      const square = { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] };
      const { etag } = (await http.get('/v1/organizations/cafe-montanes-neighbors').set(bearer(keys.bureau))).headers;
      const res = await patch('cafe-montanes-neighbors', { boundary: square }, etag);
      expect(res.status).toBe(200);
      expect(res.body.boundary).toEqual(square);
      expect(res.body.councilDistricts).toEqual(['2']);
      const [pointLon, pointLat] = res.body.representativePoint;
      expect(Math.abs(pointLon - lon) <= d && Math.abs(pointLat - lat) <= d).toBe(true);
    });

    it('answers 400 to a body that changes nothing, publishing nothing', async () => {
      const read = await http.get('/v1/organizations/kenton').set(bearer(keys.admin));
      const res = await patch('kenton', {}, read.headers.etag);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
      expect((await http.get('/v1/organizations/kenton').set(bearer(keys.admin))).body.version).toBe(read.body.version);
    });

    it('creates with details and a boundary, placing it in its council districts', async () => {
      const [lon, lat] = portland.find((o) => o.slug === 'kenton')!.representativePoint!;
      const d = 0.001;
      const boundary = { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] };
      const coalition = (await http.get('/v1/organizations/north-portland-neighborhood-services').set(bearer(keys.admin))).body;
      const res = await http
        .post('/v1/organizations')
        .set(bearer(keys.admin))
        .send({ slug: 'kenton-tenants-union', kind: 'community_organization', name: 'Kenton Tenants Union', parentId: coalition.id, boundary, languages: ['en', 'es'], website: 'https://ktu.example' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(expect.objectContaining({ councilDistricts: ['2'], languages: ['en', 'es'], website: 'https://ktu.example', parentId: coalition.id, version: 1 }));
      expect(res.body.representativePoint).toHaveLength(2);
      expect(await eventsOf(res.body.id, 'gov.civic.registry.organization.created.v1')).toBe(1);
    });

    it('refuses to create with an invalid boundary or an unknown parent, creating nothing', async () => {
      const create = (body: object) => http.post('/v1/organizations').set(bearer(keys.admin)).send({ kind: 'community_organization', name: 'Nowhere Club', ...body });
      const open = { type: 'Polygon', coordinates: [[[-122.68, 45.58], [-122.67, 45.58], [-122.67, 45.59], [-122.68, 45.595]]] };
      const badBoundary = await create({ slug: 'nowhere-club', boundary: open });
      expect(badBoundary.status).toBe(400);
      expect(badBoundary.body.errors).toEqual([expect.objectContaining({ field: 'boundary' })]);
      const badParent = await create({ slug: 'nowhere-club', parentId: '00000000-0000-4000-8000-000000000000' });
      expect(badParent.status).toBe(400);
      expect(badParent.body.errors).toEqual([expect.objectContaining({ field: 'parentId' })]);
      expect((await http.get('/v1/organizations/nowhere-club').set(bearer(keys.admin))).status).toBe(404);
    });

    it('answers 409 naming ocdId, rule unique, to an ocdId another organization holds, also when creations race', async () => {
      const create = (slug: string, ocdId: string) => http.post('/v1/organizations').set(bearer(keys.admin)).send({ slug, kind: 'community_organization', name: `Club ${slug}`, ocdId });
      const kenton = portland.find((o) => o.slug === 'kenton')!;
      const twin = await create('kenton-twin', kenton.ocdId);
      expect(twin.status).toBe(409);
      expect(twin.body.errors).toEqual([{ field: 'ocdId', rule: 'unique', message: `ocdId "${kenton.ocdId}" is already used by another organization` }]);
      expect((await http.get('/v1/organizations/kenton-twin').set(bearer(keys.admin))).status).toBe(404);

      const raced = await Promise.all(Array.from({ length: 6 }, (_, i) => create(`race-club-${i}`, 'ocd-organization/test:race-club')));
      expect(raced.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      for (const lost of raced.filter((r) => r.status === 409)) expect(lost.body.errors).toEqual([expect.objectContaining({ field: 'ocdId', rule: 'unique' })]);
    });

    it('answers 403 to a bureau key and 404 to an unknown organization', async () => {
      expect((await patch('kenton', { website: 'https://kenton.example' }, '"1"', keys.bureau)).status).toBe(403);
      expect((await http.post('/v1/organizations/kenton/archive').set(bearer(keys.bureau)).set('If-Match', '"1"')).status).toBe(403);
      expect((await patch('no-such-place', { website: 'https://x.example' }, '"1"')).status).toBe(404);
    });

    it('archives with the current version, publishing exactly one archived event', async () => {
      const read = await http.get('/v1/organizations/cafe-montanes-neighbors').set(bearer(keys.bureau));
      const archive = (ifMatch?: string) => {
        const req = http.post('/v1/organizations/cafe-montanes-neighbors/archive').set(bearer(keys.admin));
        return ifMatch === undefined ? req : req.set('If-Match', ifMatch);
      };
      expect((await archive()).status).toBe(428);
      const res = await archive(read.headers.etag);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ status: 'archived', version: read.body.version + 1 }));
      expect(res.headers.etag).toBe(`"${read.body.version + 1}"`);
      expect((await archive(read.headers.etag)).status).toBe(412);
      expect((await archive(res.headers.etag)).status).toBe(409);
      const reopen = await patch('cafe-montanes-neighbors', { status: 'active' }, res.headers.etag);
      expect(reopen.status).toBe(409);
      expect(reopen.body.detail).toBe('organization "cafe-montanes-neighbors" is archived and can no longer change');
      expect(await eventsOf(read.body.id, 'gov.civic.registry.organization.archived.v1')).toBe(1);
      expect(slugs((await list({ status: 'archived' })).body.items)).toEqual(['cafe-montanes-neighbors']);
    });
  });
});
