import { TestNamespace } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from './scheduling-platform.js';

interface Summary {
  id: string;
  bureau: string;
  startsAt: string;
}
interface ConflictView {
  id: string;
  severity: string;
  open: boolean;
  reasons: string[];
  detectedAt: string;
  resolvedAt: string | null;
  engagements: Summary[];
}

/** Staff looking through what coordination found: `GET /v1/conflicts` and `GET /v1/fatigue`. */
describe('conflicts and fatigue alerts to look through', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    for (const bureau of ['PBOT', 'BES', 'PP&R']) keys[bureau] = await platform.createKey('--role', 'bureau', '--bureau', bureau);
    keys.coordinator = await platform.createKey('--role', 'coordinator');
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (who: string) => ({ Authorization: `Bearer ${keys[who]}` });
  const at = (date: string, hhmm: string) => `${date}T${hhmm}:00-08:00`;
  const pointIn = (slug: string) => {
    const [lon, lat] = platform.org(slug).representativePoint!;
    return { address: `somewhere in ${slug}`, lat, lon };
  };

  async function publish(bureau: string, date: string, from: string, to: string, rest: Record<string, unknown>): Promise<Summary> {
    const res = await platform.http
      .post('/v1/engagements')
      .set(bearer(bureau))
      .send({ title: `${bureau} session`, kind: 'workshop', startsAt: at(date, from), endsAt: at(date, to), ...rest });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function conflicts(query: string, who = 'coordinator'): Promise<{ items: ConflictView[]; nextCursor: string | null }> {
    const res = await platform.http.get(`/v1/conflicts${query}`).set(bearer(who));
    expect(res.status).toBe(200);
    return res.body;
  }

  const pairOf = (c: ConflictView) => c.engagements.map((e) => e.id).sort();

  it('lists open conflicts soonest first, filtered by severity, bureau and district, a page at a time', async () => {
    const kenton = platform.org('kenton');
    const laterHigh = [
      await publish('PBOT', '2028-02-10', '18:00', '20:00', { location: pointIn('kenton'), audience: { organizations: ['kenton'] } }),
      await publish('BES', '2028-02-10', '19:00', '21:00', { location: pointIn('sunnyside'), audience: { organizations: ['kenton'] } }),
    ];
    const soonerMedium = [
      await publish('PP&R', '2028-02-03', '18:00', '19:00', { location: pointIn('kenton') }),
      await publish('BES', '2028-02-03', '18:30', '19:30', { location: pointIn('kenton') }),
    ];
    const window = '?from=2028-02-01T00:00:00-08:00&to=2028-03-01T00:00:00-08:00';

    const all = await conflicts(window);
    expect(all.items.map(pairOf)).toEqual([soonerMedium.map((e) => e.id).sort(), laterHigh.map((e) => e.id).sort()]);
    expect(all.items[0]).toMatchObject({ severity: 'medium', open: true, resolvedAt: null, reasons: expect.arrayContaining([`both are in or for the ${kenton.name} neighborhood`]) });
    expect(all.items[1]).toMatchObject({ severity: 'high', reasons: expect.arrayContaining([`both reach ${kenton.name}`]) });
    expect(all.nextCursor).toBeNull();

    expect((await conflicts(`${window}&severity=high`)).items.map(pairOf)).toEqual([laterHigh.map((e) => e.id).sort()]);
    expect((await conflicts(`${window}&bureau=PP%26R`)).items.map(pairOf)).toEqual([soonerMedium.map((e) => e.id).sort()]);
    expect((await conflicts(`${window}&district=${kenton.councilDistricts[0]}`)).items).toHaveLength(2);
    const otherDistrict = ['1', '2', '3', '4'].find((d) => !kenton.councilDistricts.includes(d) && !platform.org('sunnyside').councilDistricts.includes(d))!;
    expect((await conflicts(`${window}&district=${otherDistrict}`)).items).toEqual([]);

    // A bureau key reads them too: engagements that reach people are public.
    expect((await conflicts(window, 'PBOT')).items).toHaveLength(2);

    const first = await conflicts(`${window}&limit=1`);
    expect(first.items.map(pairOf)).toEqual([soonerMedium.map((e) => e.id).sort()]);
    const second = await conflicts(`${window}&limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map(pairOf)).toEqual([laterHigh.map((e) => e.id).sort()]);
    expect(second.nextCursor).toBeNull();
  });

  it('moves a conflict to the resolved list when an engagement is cancelled, and shows one by id', async () => {
    const a = await publish('PBOT', '2028-04-06', '18:00', '20:00', { location: pointIn('kenton'), audience: { organizations: ['kenton'] } });
    const b = await publish('BES', '2028-04-06', '18:00', '20:00', { location: pointIn('kenton'), audience: { organizations: ['kenton'] } });
    const window = '?from=2028-04-01T00:00:00-07:00&to=2028-05-01T00:00:00-07:00';
    const [open] = (await conflicts(window)).items;
    expect(pairOf(open)).toEqual([a.id, b.id].sort());

    expect((await platform.http.post(`/v1/engagements/${b.id}/cancel`).set(bearer('BES')).send({})).status).toBe(200);
    expect((await conflicts(window)).items).toEqual([]);
    const [resolved] = (await conflicts(`${window}&status=resolved`)).items;
    expect(resolved).toMatchObject({ id: open.id, open: false, resolvedAt: expect.any(String) });
    expect(resolved.engagements.find((e) => e.id === b.id)).toMatchObject({ status: 'cancelled' });
    expect((await conflicts(`${window}&status=all`)).items.map((c) => c.id)).toEqual([open.id]);

    const one = await platform.http.get(`/v1/conflicts/${open.id}`).set(bearer('coordinator'));
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: open.id, open: false, severity: 'high' });
    const missing = await platform.http.get('/v1/conflicts/01900000-0000-7000-8000-999999999999').set(bearer('coordinator'));
    expect(missing.status).toBe(404);
  });

  it('lists fatigue alerts with the window’s engagements as they stand now', async () => {
    const cully = platform.org('cully-association-of-neighbors');
    const aimedAt = (bureau: string, date: string) =>
      publish(bureau, date, '10:00', '11:00', { location: { onlineUrl: 'https://meet.example.gov/s' }, audience: { organizations: [cully.slug] } });
    const first = await aimedAt('PBOT', '2028-06-01');
    const second = await aimedAt('BES', '2028-06-08');
    const third = await aimedAt('PP&R', '2028-06-20');

    const res = await platform.http.get(`/v1/fatigue?organization=${cully.slug}`).set(bearer('coordinator'));
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const [alert] = res.body.items;
    expect(alert).toMatchObject({ organization: { id: cully.id, slug: cully.slug, name: cully.name }, engagement: { id: third.id }, windowDays: 30, bureaus: ['BES', 'PBOT', 'PP&R'] });
    expect((alert.window as Summary[]).map((e) => e.id)).toEqual([first.id, second.id, third.id]);

    expect((await platform.http.get(`/v1/fatigue?organization=${cully.id}&bureau=PP%26R`).set(bearer('PBOT'))).body.items).toHaveLength(1);
    expect((await platform.http.get(`/v1/fatigue?organization=${cully.slug}&bureau=PBOT`).set(bearer('coordinator'))).body.items).toEqual([]);
    expect((await platform.http.get('/v1/fatigue?organization=no-such-association').set(bearer('coordinator'))).body).toEqual({ items: [], nextCursor: null });

    // Once one of them is cancelled, the alert stays on record but its window names two bureaus.
    expect((await platform.http.post(`/v1/engagements/${second.id}/cancel`).set(bearer('BES')).send({})).status).toBe(200);
    const after = (await platform.http.get(`/v1/fatigue?organization=${cully.slug}`).set(bearer('coordinator'))).body.items[0];
    expect(after.bureaus).toEqual(['PBOT', 'PP&R']);
  });

  it('lists one fatigue alert per community and window, however many engagements tipped it, a page at a time', async () => {
    const buckman = platform.org('buckman-community-association');
    const aimedAt = (bureau: string, date: string) =>
      publish(bureau, date, '10:00', '11:00', { location: { onlineUrl: 'https://meet.example.gov/s' }, audience: { organizations: [buckman.slug] } });
    const september = [await aimedAt('PBOT', '2028-09-01'), await aimedAt('BES', '2028-09-02'), await aimedAt('PP&R', '2028-09-03'), await aimedAt('PBOT', '2028-09-04')];
    const december = [await aimedAt('PBOT', '2028-12-01'), await aimedAt('BES', '2028-12-02'), await aimedAt('PP&R', '2028-12-03')];
    const page = (cursor?: string) =>
      platform.http.get(`/v1/fatigue?organization=${buckman.slug}&limit=1${cursor ? `&cursor=${cursor}` : ''}`).set(bearer('coordinator'));
    const one = (await page()).body;
    expect(one.items).toHaveLength(1);
    // The third and the fourth both tipped Buckman in September: one alert names both.
    expect(one.items[0].engagement.id).toBe(september[2].id);
    expect(one.items[0].raisedBy.map((e: Summary) => e.id)).toEqual([september[2].id, september[3].id]);
    expect(one.items[0].window.map((e: Summary) => e.id)).toEqual(september.map((e) => e.id));
    const two = (await page(one.nextCursor)).body;
    expect(two.items.map((a: { raisedBy: Summary[] }) => a.raisedBy.map((e) => e.id))).toEqual([[december[2].id]]);
    expect(two.nextCursor).toBeNull();
  });

  it.each([
    ['/v1/conflicts?status=closed', 'status'],
    ['/v1/conflicts?severity=urgent', 'severity'],
    ['/v1/conflicts?bureau=pbot', 'bureau'],
    ['/v1/conflicts?district=north', 'district'],
    ['/v1/conflicts?from=next-week', 'from'],
    ['/v1/conflicts?limit=500', 'limit'],
    ['/v1/conflicts/not-an-id', 'id'],
    ['/v1/fatigue?to=tomorrow', 'to'],
  ])('refuses %s naming %s', async (path, field) => {
    const res = await platform.http.get(path).set(bearer('coordinator'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('refuses a cursor it did not give out', async () => {
    for (const path of ['/v1/conflicts?cursor=bm90LW91cnM', '/v1/fatigue?cursor=bm90LW91cnM']) {
      const res = await platform.http.get(path).set(bearer('coordinator'));
      expect(res.status).toBe(400);
      expect(res.body.detail).toContain('cursor');
    }
  });
});
