import { TestNamespace } from '#libs/testing';
import { readPortlandData } from '../../apps/registry/src/seed/portland-data.js';
import { startSeededRegistry, type SeededRegistry } from './seeded-registry.js';

/** `GET /v1/lookup` through the gateway to a seeded registry, for points taken from the data itself. */
describe('GET /v1/lookup', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SeededRegistry | undefined;
  let http: SeededRegistry['http'];
  let key = '';
  const data = readPortlandData();

  beforeAll(async () => {
    platform = await startSeededRegistry(env);
    http = platform.http;
    key = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const lookup = (query: Record<string, string | number>) => http.get('/v1/lookup').query(query).set('Authorization', `Bearer ${key}`);
  const slugs = (records: Array<{ slug: string }>) => records.map((r) => r.slug);

  it('answers a business district’s representative point with it, its neighborhood, coalition and council district', async () => {
    const kenton = data.businessDistricts.find((f) => f.properties.name === 'Kenton Business Association')!;
    const [lon, lat] = kenton.properties.representative_point;
    const res = await lookup({ lat, lon });
    expect(res.status).toBe(200);
    expect(slugs(res.body.businessDistricts)).toContain('kenton-business-association');
    expect(slugs(res.body.neighborhoodAssociations)).toEqual(['kenton']);
    expect(slugs(res.body.districtCoalitions)).toEqual(['north-portland-neighborhood-services']);
    expect(slugs(res.body.councilDistricts)).toEqual(['council-district-2']);
    expect(res.body.councilDistricts[0].boundary).toBeUndefined();
  });

  it('answers empty lists for a point outside the city', async () => {
    const res = await lookup({ lat: 44.05, lon: -123.09 }); // Eugene
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ neighborhoodAssociations: [], districtCoalitions: [], councilDistricts: [], businessDistricts: [] });
  });

  it('answers 400 naming the field and rule for a missing or out-of-range coordinate', async () => {
    const res = await lookup({ lat: 95, lon: 'west' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'lat', rule: 'max' }), expect.objectContaining({ field: 'lon', rule: 'isNumber' })]),
    );
    expect((await lookup({ lon: -122.6 })).status).toBe(400);
  });

  it('answers 401 without a key', async () => {
    expect((await http.get('/v1/lookup').query({ lat: 45.5, lon: -122.6 })).status).toBe(401);
  });
});
