import { TestNamespace } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from './scheduling-platform.js';

interface Summary {
  id: string;
  bureau: string;
}
interface ConflictEvent {
  conflictId: string;
  severity: string;
  engagements: Summary[];
  reasons: string[];
  resolution?: string;
  scope: { bureaus: string[]; councilDistricts: string[]; organizationIds: string[]; severity: string };
  sharedAudience: { organizations: Array<{ slug: string }>; councilDistricts: string[]; communityTags: string[] };
}

/** Conflict and fatigue detection as bureaus publish through the gateway; alerts read from scheduling's outbox. */
describe('coordination analysis', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    for (const bureau of ['PBOT', 'BES', 'PP&R', 'PHB']) keys[bureau] = await platform.createKey('--role', 'bureau', '--bureau', bureau);
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (bureau: string) => ({ Authorization: `Bearer ${keys[bureau]}` });
  const pointIn = (slug: string) => {
    const [lon, lat] = platform.org(slug).representativePoint!;
    return { lat, lon };
  };
  const at = (date: string, hhmm: string) => `${date}T${hhmm}:00-08:00`;

  async function publish(bureau: string, date: string, from: string, to: string, rest: Record<string, unknown>): Promise<{ id: string; location: { councilDistricts: string[] } }> {
    const res = await platform.http
      .post('/v1/engagements')
      .set(bearer(bureau))
      .send({ title: `${bureau} session`, kind: 'workshop', startsAt: at(date, from), endsAt: at(date, to), ...rest });
    expect(res.status).toBe(201);
    return res.body;
  }
  const inPlace = (slug: string, extra: Record<string, unknown> = {}) => ({ location: { address: `somewhere in ${slug}`, ...pointIn(slug) }, ...extra });
  const online = (extra: Record<string, unknown> = {}) => ({ location: { onlineUrl: 'https://meet.example.gov/session' }, ...extra });

  async function conflictsOf(id: string, subject = 'civic.coordination.conflict.detected'): Promise<ConflictEvent[]> {
    return (await platform.events(subject)).map((e) => e.data as unknown as ConflictEvent).filter((c) => c.engagements.some((e) => e.id === id));
  }

  describe('conflicts', () => {
    it('rates a shared organization high, with both engagements, reasons and a scope naming both bureaus', async () => {
      const a = await publish('PBOT', '2027-03-02', '18:00', '20:00', inPlace('kenton', { audience: { organizations: ['kenton'] } }));
      const b = await publish('BES', '2027-03-02', '19:00', '21:00', inPlace('sunnyside', { audience: { organizations: ['kenton'] } }));
      const [conflict] = await conflictsOf(b.id);
      expect(conflict).toMatchObject({ severity: 'high', scope: { bureaus: ['BES', 'PBOT'], severity: 'high' } });
      expect(conflict.engagements.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
      expect(conflict.reasons[0]).toBe(`both reach ${platform.org('kenton').name}`);
      expect(conflict.sharedAudience.organizations.map((o) => o.slug)).toEqual(['kenton']);
      expect(conflict.scope.organizationIds).toEqual(expect.arrayContaining([platform.org('kenton').id, platform.org('sunnyside').id]));
    });

    it('rates a shared neighborhood medium and a shared council district low', async () => {
      const kenton = platform.org('kenton');
      const sameDistrict = platform.records.find(
        (o) => o.kind === 'neighborhood_association' && o.slug !== 'kenton' && o.parentId !== null && o.councilDistricts.join() === kenton.councilDistricts.join(),
      )!;
      const a = await publish('PBOT', '2027-03-04', '18:00', '20:00', inPlace('kenton'));
      const b = await publish('BES', '2027-03-04', '18:30', '19:30', inPlace('kenton'));
      const c = await publish('PP&R', '2027-03-04', '19:00', '20:00', inPlace(sameDistrict.slug));
      expect(c.location.councilDistricts).toEqual(kenton.councilDistricts);
      const pair = (x: string, y: string) => async () => (await conflictsOf(x)).find((e) => e.engagements.some((s) => s.id === y));
      expect((await pair(a.id, b.id)())?.severity).toBe('medium');
      expect((await pair(a.id, c.id)())?.severity).toBe('low');
      expect((await pair(b.id, c.id)())?.reasons).toEqual([`both are in or for council district ${kenton.councilDistricts[0]}`]);
    });

    it('keeps the 60-minute buffer: 59 minutes apart conflict, 60 minutes apart do not', async () => {
      const a = await publish('PBOT', '2027-03-06', '18:00', '19:00', inPlace('kenton'));
      const near = await publish('BES', '2027-03-06', '19:59', '21:00', inPlace('kenton'));
      const far = await publish('PP&R', '2027-03-06', '16:00', '17:00', inPlace('kenton'));
      expect((await conflictsOf(a.id)).map((c) => c.engagements.find((e) => e.id !== a.id)!.id)).toEqual([near.id]);
      expect(await conflictsOf(far.id)).toEqual([]);
    });

    it('lets online engagements conflict only through organizations or community tags', async () => {
      await publish('PBOT', '2027-03-08', '18:00', '20:00', inPlace('kenton', { audience: { communityTags: ['Renters'] } }));
      const areaOnly = await publish('BES', '2027-03-08', '18:00', '20:00', online({ audience: { councilDistricts: platform.org('kenton').councilDistricts } }));
      const tagged = await publish('PP&R', '2027-03-08', '18:00', '20:00', online({ audience: { communityTags: ['renters'] } }));
      expect(await conflictsOf(areaOnly.id)).toEqual([]);
      const [byTag] = await conflictsOf(tagged.id);
      expect(byTag).toMatchObject({ severity: 'medium', sharedAudience: { communityTags: ['renters'] } });
    });

    it('resolves a conflict when one engagement moves apart, and another when one is cancelled', async () => {
      const a = await publish('PBOT', '2027-03-10', '18:00', '20:00', inPlace('kenton'));
      const b = await publish('BES', '2027-03-10', '18:00', '20:00', inPlace('kenton'));
      const c = await publish('PP&R', '2027-03-10', '18:00', '20:00', inPlace('kenton'));
      const [ab] = (await conflictsOf(b.id)).filter((e) => e.engagements.some((s) => s.id === a.id));
      const moved = await platform.http
        .patch(`/v1/engagements/${b.id}`)
        .set(bearer('BES'))
        .set('If-Match', '1')
        .send({ startsAt: at('2027-03-11', '18:00'), endsAt: at('2027-03-11', '20:00') });
      expect(moved.status).toBe(200);
      const resolved = await conflictsOf(b.id, 'civic.coordination.conflict.resolved');
      expect(resolved.map((r) => r.resolution)).toEqual(['moved', 'moved']);
      expect(resolved.map((r) => r.conflictId)).toContain(ab.conflictId);

      expect((await platform.http.post(`/v1/engagements/${c.id}/cancel`).set(bearer('PP&R')).send({})).status).toBe(200);
      const cancelled = (await conflictsOf(c.id, 'civic.coordination.conflict.resolved')).filter((r) => r.resolution === 'cancelled');
      expect(cancelled).toHaveLength(1);
      expect(cancelled[0].engagements.map((e) => e.id).sort()).toEqual([a.id, c.id].sort());

      // Moving back detects the pair again, under the same conflict id.
      await platform.http.patch(`/v1/engagements/${b.id}`).set(bearer('BES')).set('If-Match', '2').send({ startsAt: at('2027-03-10', '18:30'), endsAt: at('2027-03-10', '19:30') });
      const again = (await conflictsOf(b.id)).filter((e) => e.conflictId === ab.conflictId);
      expect(again).toHaveLength(2);
    });

    it('resolves a conflict when one engagement is postponed, and one whose audience no longer overlaps', async () => {
      const a = await publish('PBOT', '2027-03-14', '18:00', '20:00', online({ audience: { organizations: ['kenton'] } }));
      const b = await publish('BES', '2027-03-14', '18:00', '20:00', online({ audience: { organizations: ['kenton'] } }));
      const c = await publish('PP&R', '2027-03-14', '18:00', '20:00', online({ audience: { organizations: ['kenton'] } }));
      expect(await conflictsOf(c.id)).toHaveLength(2);
      await platform.http.patch(`/v1/engagements/${b.id}`).set(bearer('BES')).set('If-Match', '1').send({ status: 'postponed' });
      expect((await conflictsOf(b.id, 'civic.coordination.conflict.resolved')).map((r) => r.resolution)).toEqual(['postponed', 'postponed']);
      await platform.http.patch(`/v1/engagements/${c.id}`).set(bearer('PP&R')).set('If-Match', '1').send({ audience: { organizations: ['eliot'] } });
      const changed = (await conflictsOf(c.id, 'civic.coordination.conflict.resolved')).filter((r) => r.engagements.some((e) => e.id === a.id));
      expect(changed.map((r) => r.resolution)).toEqual(['audience_changed']);
    });

    it('sees a conflict between engagements published at the same moment', async () => {
      const pairs = await Promise.all(
        Array.from({ length: 8 }, (_, i) => {
          const date = `2027-04-${String(10 + i).padStart(2, '0')}`;
          return Promise.all([
            publish('PBOT', date, '18:00', '19:00', online({ audience: { organizations: ['st-johns'] } })),
            publish('BES', date, '18:00', '19:00', online({ audience: { organizations: ['st-johns'] } })),
          ]);
        }),
      );
      for (const [a, b] of pairs) {
        const found = (await conflictsOf(a.id)).filter((c) => c.engagements.some((e) => e.id === b.id));
        expect(found).toHaveLength(1);
      }
    });

    it('finds candidates through the GiST index on (hash of reach, during)', async () => {
      const plan = await platform.db.query(`BEGIN; SET LOCAL enable_seqscan = off;
        EXPLAIN SELECT engagement_id, bureau, during FROM engagement_reach
         WHERE hashtext(reach) = hashtext('nbhd:x') AND reach = 'nbhd:x' AND during && tstzrange(now(), now() + interval '2 hours');
        COMMIT;`);
      const lines = (plan as unknown as Array<{ rows: Array<Record<string, string>> }>)[2].rows.map((r) => Object.values(r)[0]).join('\n');
      expect(lines).toContain('engagement_reach_lookup');
    });
  });

  describe('a check before publishing (POST /v1/engagements:check)', () => {
    const tables = async () =>
      (await platform.db.query(`SELECT (SELECT count(*) FROM engagement)::int AS engagements, (SELECT count(*) FROM engagement_conflict)::int AS conflicts, (SELECT count(*) FROM fatigue_alert)::int AS fatigue, (SELECT count(*) FROM outbox_event)::int AS outbox`)).rows[0];
    const check = (bureau: string, body: Record<string, unknown>) => platform.http.post('/v1/engagements:check').set(bearer(bureau)).send(body);
    const session = (date: string, from: string, to: string, rest: Record<string, unknown>) => ({ title: 'A check', kind: 'workshop', startsAt: at(date, from), endsAt: at(date, to), ...rest });

    it('names the conflict a publish would open, with conflict-free times nearby, storing nothing; the publish then opens the same', async () => {
      const piedmont = platform.org('piedmont');
      const aimed = (extra: Record<string, unknown> = {}) => inPlace('piedmont', { audience: { organizations: [piedmont.slug] }, ...extra });
      const first = await publish('PBOT', '2027-06-08', '18:00', '20:00', aimed());
      const before = await tables();
      const res = await check('BES', session('2027-06-08', '19:00', '20:30', aimed()));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ alreadyPublished: false, fatigue: [] });
      expect(res.body.conflicts).toHaveLength(1);
      expect(res.body.conflicts[0]).toMatchObject({ severity: 'high', scope: { bureaus: ['BES', 'PBOT'] } });
      expect(res.body.conflicts[0].reasons[0]).toBe(`both reach ${piedmont.name}`);
      expect(res.body.conflicts[0].engagements.map((e: Summary) => e.id)).toContain(first.id);
      expect(res.body.alternatives.length).toBeGreaterThan(0);
      const taken = { from: new Date(at('2027-06-08', '17:00')).getTime(), to: new Date(at('2027-06-08', '21:00')).getTime() };
      for (const slot of res.body.alternatives as Array<{ startsAt: string; endsAt: string }>) {
        const [starts, ends] = [new Date(slot.startsAt).getTime(), new Date(slot.endsAt).getTime()];
        expect(ends - starts).toBe(90 * 60_000);
        // Nothing within the hour's buffer around the PBOT session.
        expect(starts >= taken.to || ends <= taken.from).toBe(true);
      }
      expect(await tables()).toEqual(before);

      const published = await publish('BES', '2027-06-08', '19:00', '20:30', aimed());
      const [opened] = await conflictsOf(published.id);
      expect({ severity: opened.severity, reasons: opened.reasons }).toEqual({ severity: res.body.conflicts[0].severity, reasons: res.body.conflicts[0].reasons });
    });

    it('names the fatigue alert a publish would raise, and offers no time nearby when every one would tire the community', async () => {
      const woodlawn = platform.org('woodlawn');
      const aimed = online({ audience: { organizations: [woodlawn.slug] } });
      await publish('PBOT', '2027-07-06', '10:00', '11:00', aimed);
      await publish('BES', '2027-07-13', '10:00', '11:00', aimed);
      const before = await tables();
      const res = await check('PP&R', session('2027-07-20', '10:00', '11:00', aimed));
      expect(res.body.conflicts).toEqual([]);
      expect(res.body.fatigue).toEqual([expect.objectContaining({ organizationId: woodlawn.id, bureaus: ['BES', 'PBOT', 'PP&R'], threshold: 3 })]);
      expect(res.body.fatigue[0].suggestion).toContain('consider co-hosting with BES and PBOT');
      expect(res.body.alternatives).toEqual([]);
      expect(await tables()).toEqual(before);
    });

    it('names the conflict a move would open, refusing a stale version, storing nothing', async () => {
      const aimed = inPlace('eliot', { audience: { organizations: ['eliot'] } });
      const fixed = await publish('PBOT', '2027-09-14', '18:00', '19:00', aimed);
      const moving = await publish('BES', '2027-09-15', '18:00', '19:00', aimed);
      const before = await tables();
      const move = { startsAt: at('2027-09-14', '18:30'), endsAt: at('2027-09-14', '19:30') };
      const res = await platform.http.post(`/v1/engagements/${moving.id}/check`).set(bearer('BES')).set('If-Match', '"1"').send(move);
      expect(res.status).toBe(200);
      expect(res.body.alreadyPublished).toBe(false);
      expect(res.body.conflicts.map((c: ConflictEvent) => c.engagements.map((e) => e.id).sort())).toEqual([[fixed.id, moving.id].sort()]);
      expect(res.body.alternatives.length).toBeGreaterThan(0);
      expect(await tables()).toEqual(before);
      expect((await platform.http.get(`/v1/engagements/${moving.id}`).set(bearer('BES'))).body.startsAt).toBe(new Date(at('2027-09-15', '18:00')).toISOString());

      const stale = await platform.http.post(`/v1/engagements/${moving.id}/check`).set(bearer('BES')).set('If-Match', '"7"').send(move);
      expect(stale.status).toBe(412);
      const notTheirs = await platform.http.post(`/v1/engagements/${moving.id}/check`).set(bearer('PBOT')).set('If-Match', '"1"').send(move);
      expect(notTheirs.status).toBe(403);
      expect(await tables()).toEqual(before);
    });

    it('raises nothing and offers nothing for a time and audience nobody else has', async () => {
      const res = await check('PBOT', session('2027-08-17', '10:00', '11:00', online({ audience: { organizations: ['lents'] } })));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ alreadyPublished: false, conflicts: [], fatigue: [], alternatives: [] });
    });

    it('refuses what a publish refuses, naming the field and the rule, and says when the externalId is already published', async () => {
      const before = await tables();
      const backwards = await check('PBOT', session('2027-08-18', '11:00', '10:00', online()));
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'endsAt' })]);
      const other = await check('PBOT', { ...session('2027-08-18', '10:00', '11:00', online()), bureau: 'BES' });
      expect(other.status).toBe(403);
      expect(await tables()).toEqual(before);
      await publish('PBOT', '2027-08-19', '10:00', '11:00', online({ externalId: 'pbot-checked-1' }));
      const again = await check('PBOT', session('2027-08-19', '10:00', '11:00', online({ externalId: 'pbot-checked-1' })));
      expect(again.body).toEqual({ alreadyPublished: true, conflicts: [], fatigue: [], alternatives: [] });
    });
  });

  describe('fatigue', () => {
    const fatigueAbout = async (organizationId: string) =>
      (await platform.events('civic.coordination.fatigue.detected')).map((e) => e.data as Record<string, unknown>).filter((d) => d.organizationId === organizationId);

    it('alerts once when a third distinct bureau reaches a community within 30 days, suggesting co-hosting', async () => {
      const cully = platform.org('cully-association-of-neighbors');
      const aimedAt = (bureau: string, date: string) => publish(bureau, date, '10:00', '11:00', online({ audience: { organizations: [cully.slug] } }));
      await aimedAt('PBOT', '2027-05-01');
      await aimedAt('PBOT', '2027-05-05');
      await aimedAt('BES', '2027-05-10');
      expect(await fatigueAbout(cully.id)).toEqual([]);
      const third = await aimedAt('PP&R', '2027-05-30');
      const [alert] = await fatigueAbout(cully.id);
      expect(alert).toMatchObject({
        organizationName: cully.name,
        windowDays: 30,
        threshold: 3,
        bureaus: ['BES', 'PBOT', 'PP&R'],
        scope: { bureaus: ['BES', 'PBOT', 'PP&R'], organizationIds: [cully.id], severity: 'medium' },
      });
      expect(alert.suggestion).toContain('consider co-hosting with BES and PBOT');
      expect((alert.engagements as Summary[]).map((e) => e.id)).toContain(third.id);

      // Changing the engagement that crossed the threshold does not raise it again.
      await platform.http.patch(`/v1/engagements/${third.id}`).set(bearer('PP&R')).set('If-Match', '1').send({ title: 'Renamed' });
      expect(await fatigueAbout(cully.id)).toHaveLength(1);
      // A fourth bureau's engagement is news of its own.
      await aimedAt('PHB', '2027-05-20');
      expect(await fatigueAbout(cully.id)).toHaveLength(2);
    });

    it('analyses a batch as if its items came one after another: one conflict per pair, one alert for the crossing item', async () => {
      const coordinator = await platform.createKey('--role', 'coordinator');
      const buckman = platform.org('buckman-community-association');
      const item = (bureau: string, date: string, externalId: string) => ({
        bureau,
        title: `${bureau} batch item`,
        kind: 'tabling',
        startsAt: at(date, '12:00'),
        endsAt: at(date, '13:00'),
        externalId,
        ...inPlace(buckman.slug),
      });
      const res = await platform.http
        .post('/v1/engagements:batch')
        .set('Authorization', `Bearer ${coordinator}`)
        .send({ items: [item('PBOT', '2027-08-02', 'b1'), item('BES', '2027-08-02', 'b2'), item('PP&R', '2027-08-09', 'b3')] });
      expect(res.body).toMatchObject({ created: 3, failed: 0 });
      const [first, second, third] = res.body.results.map((r: { engagement: { id: string } }) => r.engagement.id);
      const conflicts = await conflictsOf(first);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ severity: 'medium' });
      expect(conflicts[0].engagements.map((e) => e.id).sort()).toEqual([first, second].sort());
      const alerts = await fatigueAbout(buckman.id);
      expect(alerts).toHaveLength(1);
      expect((alerts[0].engagements as Summary[]).map((e) => e.id)).toEqual([first, second, third]);
      expect(alerts[0].suggestion).toContain('co-hosting with BES and PBOT');
    });

    it('does not alert when the third bureau comes 30 days after the first', async () => {
      const eliot = platform.org('eliot');
      await publish('PBOT', '2027-07-01', '10:00', '11:00', inPlace('eliot'));
      await publish('BES', '2027-07-15', '10:00', '11:00', inPlace('eliot'));
      await publish('PP&R', '2027-07-31', '10:00', '11:00', inPlace('eliot'));
      expect(await fatigueAbout(eliot.id)).toEqual([]);
    });
  });
});
