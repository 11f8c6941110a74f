import { TestNamespace } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from './scheduling-platform.js';

/** Coverage and attendance reports and suggested slots, on a fixture published through the gateway. */
describe('reports and suggestions', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  const keys: Record<string, string> = {};

  const pointIn = (slug: string) => {
    const [lon, lat] = platform.org(slug).representativePoint!;
    return { lat, lon };
  };
  async function publish(bureau: string, slug: string, startsAt: string, extra: Record<string, unknown> = {}, attendance?: number): Promise<string> {
    const end = new Date(new Date(startsAt).getTime() + 3_600_000).toISOString();
    const res = await platform.http
      .post('/v1/engagements')
      .set('Authorization', `Bearer ${keys[bureau]}`)
      .send({ title: `${bureau} in ${slug}`, kind: 'workshop', startsAt, endsAt: end, location: { address: slug, ...pointIn(slug) }, expectedAttendance: 25, ...extra });
    expect(res.status).toBe(201);
    if (attendance !== undefined) {
      expect((await platform.http.post(`/v1/engagements/${res.body.id}/held`).set('Authorization', `Bearer ${keys[bureau]}`).send({ actualAttendance: attendance })).status).toBe(200);
    }
    return res.body.id;
  }

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    for (const bureau of ['PBOT', 'BES', 'PP&R', 'PHB']) keys[bureau] = await platform.createKey('--role', 'bureau', '--bureau', bureau);
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    await publish('PBOT', 'kenton', '2027-01-12T18:00:00-08:00', { languages: ['en', 'es'] }, 30);
    await publish('BES', 'sunnyside', '2027-01-20T18:00:00-08:00', { accessibility: { asl: true } }, 20);
    await publish('PP&R', 'kenton', '2027-02-03T18:00:00-08:00');
    const cancelled = await publish('PBOT', 'eliot', '2027-02-10T18:00:00-08:00');
    await platform.http.post(`/v1/engagements/${cancelled}/cancel`).set('Authorization', `Bearer ${keys.PBOT}`).send({});
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const get = (path: string, query: Record<string, string | number>, key = keys.coordinator) => platform.http.get(path).set('Authorization', `Bearer ${key}`).query(query);

  it('reports coverage by council district with the neighborhoods nobody reached and each district’s share', async () => {
    const res = await get('/v1/reports/coverage', { from: '2027-01-01T00:00:00-08:00', to: '2027-03-01T00:00:00-08:00', by: 'district' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ by: 'district', engagements: 3, attendance: 50, interpretationShare: 0.3333 });
    expect(res.body.accessibility.asl).toBe(0.3333);
    const kentonDistrict = platform.org('kenton').councilDistricts[0];
    const sunnysideDistrict = platform.org('sunnyside').councilDistricts[0];
    const group = (key: string) => res.body.groups.find((g: { key: string }) => g.key === key);
    expect(group(kentonDistrict)).toMatchObject({ engagements: 2, attendance: 30, name: `Council district ${kentonDistrict}` });
    expect(group(sunnysideDistrict)).toMatchObject({ engagements: 1, attendance: 20 });
    const gaps = res.body.neighborhoodsWithoutEngagement.map((n: { slug: string }) => n.slug);
    expect(gaps).toHaveLength(platform.records.filter((r) => r.kind === 'neighborhood_association').length - 2);
    expect(gaps).toContain('eliot');
    expect(gaps).not.toContain('kenton');
    expect(res.body.districts.map((d: { district: string }) => d.district)).toEqual(['1', '2', '3', '4']);
    const cityShares = res.body.districts.reduce((sum: number, d: { cityShare: number }) => sum + d.cityShare, 0);
    expect(cityShares).toBeCloseTo(1, 3);
    expect(res.body.districts.find((d: { district: string }) => d.district === kentonDistrict).engagementShare).toBe(0.6667);
  });

  it('reports coverage by bureau and by coalition', async () => {
    const byBureau = await get('/v1/reports/coverage', { from: '2027-01-01', to: '2027-03-01', by: 'bureau' });
    expect(byBureau.body.groups.map((g: { key: string; engagements: number }) => [g.key, g.engagements]).sort()).toEqual([
      ['BES', 1],
      ['PBOT', 1],
      ['PP&R', 1],
    ]);
    const byCoalition = await get('/v1/reports/coverage', { from: '2027-01-01', to: '2027-03-01', by: 'coalition' });
    const kentonCoalition = byCoalition.body.groups.find((g: { key: string }) => g.key === platform.org('kenton').parentId);
    expect(kentonCoalition.engagements).toBe(2);
  });

  it('answers 400 for a bad period or grouping', async () => {
    const res = await get('/v1/reports/coverage', { from: 'last year', to: '2027-03-01', by: 'planet' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['by', 'from']);
    expect((await get('/v1/reports/coverage', { from: '2027-03-01', to: '2027-01-01' })).status).toBe(400);
  });

  it('gives the monthly attendance series in the city’s months', async () => {
    const res = await get('/v1/reports/attendance', { by: 'month' });
    expect(res.status).toBe(200);
    expect(res.body.months).toEqual([
      { month: '2027-01', engagements: 2, held: 2, expectedAttendance: 50, actualAttendance: 50 },
      { month: '2027-02', engagements: 1, held: 0, expectedAttendance: 25, actualAttendance: 0 },
    ]);
    expect((await get('/v1/reports/attendance', { by: 'month', bureau: 'BES' })).body.months).toEqual([
      { month: '2027-01', engagements: 1, held: 1, expectedAttendance: 25, actualAttendance: 20 },
    ]);
  });

  it('suggests start times for an audience that neither conflict nor add to its fatigue', async () => {
    const res = await get('/v1/engagements/suggestions', { audience: 'kenton', from: '2027-02-03T09:00:00-08:00', to: '2027-02-03T21:00:00-08:00', duration: 90, limit: 50 }, keys.PBOT);
    expect(res.status).toBe(200);
    const starts: string[] = res.body.slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts.length).toBeGreaterThan(0);
    // PP&R is in Kenton 18:00-19:00: nothing from 15:30 (ends 17:00, 60 min before) to 20:00 local.
    for (const start of starts) {
      const t = new Date(start).getTime();
      expect(t + 90 * 60_000 <= new Date('2027-02-03T17:00:00-08:00').getTime() || t >= new Date('2027-02-03T20:00:00-08:00').getTime()).toBe(true);
    }
    expect(starts).toContain(new Date('2027-02-03T09:00:00-08:00').toISOString());

    // PBOT and PP&R already reached Kenton within 30 days: a third bureau would make it fatigued.
    const fatigued = await get('/v1/engagements/suggestions', { audience: 'kenton', from: '2027-02-05T00:00:00-08:00', to: '2027-02-06T00:00:00-08:00', duration: 60 }, keys.PHB);
    expect(fatigued.body.slots).toEqual([]);
  });

  it('answers 400 for an unknown audience and for a coordinator without a bureau', async () => {
    const unknown = await get('/v1/engagements/suggestions', { audience: 'kenton,atlantis', from: '2027-02-01', to: '2027-02-02', duration: 60 }, keys.BES);
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('no organization has id or slug "atlantis"');
    expect((await get('/v1/engagements/suggestions', { audience: 'kenton', from: '2027-02-01', to: '2027-02-02', duration: 60 })).status).toBe(400);
  });
});
