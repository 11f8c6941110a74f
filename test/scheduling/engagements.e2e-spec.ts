import { TestNamespace } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from './scheduling-platform.js';

/** `/v1/engagements` through the gateway to scheduling and its copy of Portland's registry. */
describe('/v1/engagements', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  const keys = { pbot: '', bes: '', coordinator: '' };

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    keys.coordinator = await platform.createKey('--role', 'coordinator');
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const pointIn = (slug: string) => {
    const [lon, lat] = platform.org(slug).representativePoint!;
    return { lat, lon };
  };
  const count = async () => Number((await platform.db.query(`SELECT count(*) FROM engagement`)).rows[0].count);
  let day = 0;
  /** A valid engagement on a day of its own, so tests do not conflict with each other unless they mean to. */
  const engagement = (overrides: Record<string, unknown> = {}) => {
    day++;
    const date = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000 * 2).toISOString().slice(0, 10);
    return {
      title: 'Lombard Street safety listening session',
      kind: 'listening_session',
      startsAt: `${date}T18:00:00`,
      endsAt: `${date}T20:00:00`,
      location: { address: '8105 N Brandon Ave, Portland', ...pointIn('kenton') },
      audience: { organizations: ['kenton'], communityTags: ['renters'] },
      languages: ['en', 'es'],
      accessibility: { accessibleVenue: true, asl: true },
      expectedAttendance: 40,
      contact: { name: 'Pat Example', email: 'pat@example.gov' },
      ...overrides,
    };
  };
  const create = (key: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    platform.http.post('/v1/engagements').set(bearer(key)).set(headers).send(body);

  describe('POST /v1/engagements', () => {
    it('publishes a bureau’s engagement, resolving its place to neighborhood and council district, with its event', async () => {
      const res = await create(keys.pbot, engagement());
      expect(res.status).toBe(201);
      expect(res.headers.etag).toBe('"1"');
      const kenton = platform.org('kenton');
      expect(res.body).toMatchObject({
        bureau: 'PBOT',
        status: 'scheduled',
        version: 1,
        timeZone: 'America/Los_Angeles',
        location: { neighborhoodIds: [kenton.id], councilDistricts: kenton.councilDistricts },
        audience: { organizations: [{ id: kenton.id, slug: 'kenton', kind: 'neighborhood_association' }], communityTags: ['renters'] },
        accessibility: { accessibleVenue: true, asl: true, captioning: false },
      });
      // A bureau key does not see the contact person.
      expect(res.body.contact).toBeUndefined();
      expect(res.body.startsAt).toMatch(/T02:00:00\.000Z$/);
      const [event] = (await platform.events('civic.engagement.scheduled')).filter((e) => (e.data.engagement as { id: string }).id === res.body.id);
      expect(event.data).toMatchObject({
        previousStatus: 'none',
        scope: { bureaus: ['PBOT'], councilDistricts: kenton.councilDistricts, severity: 'info' },
      });
      expect(event.data.scope).toMatchObject({ organizationIds: expect.arrayContaining([kenton.id, kenton.parentId]) });
      expect(JSON.stringify(event.data)).not.toContain('pat@example.gov');
      const read = await platform.http.get(`/v1/engagements/${res.body.id}`).set(bearer(keys.coordinator));
      expect(read.body.contact).toEqual({ name: 'Pat Example', email: 'pat@example.gov' });
    });

    it('publishes for any bureau from a coordinator, who must name it', async () => {
      expect((await create(keys.coordinator, engagement({ bureau: 'PP&R' }))).body.bureau).toBe('PP&R');
      const unnamed = await create(keys.coordinator, engagement());
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.errors).toEqual([expect.objectContaining({ field: 'bureau' })]);
    });

    it('refuses a bureau key publishing for another bureau (403)', async () => {
      const res = await create(keys.pbot, engagement({ bureau: 'BES' }));
      expect(res.status).toBe(403);
      expect(res.body.detail).toBe('this key speaks for PBOT, not BES');
    });

    it('answers 400 naming the field for bad input, and writes nothing', async () => {
      const before = await count();
      const cases: Array<[Record<string, unknown>, string, RegExp]> = [
        [engagement({ endsAt: '2027-03-01T17:00:00', startsAt: '2027-03-01T18:00:00' }), 'endsAt', /endsAt must be after startsAt/],
        [engagement({ audience: { organizations: ['no-such-association'] } }), 'audience.organizations', /no organization has id or slug "no-such-association"/],
        [engagement({ timeZone: 'Mars/Olympus_Mons' }), 'timeZone', /IANA time zone/],
        [engagement({ startsAt: '2027-02-30T18:00:00' }), 'startsAt', /ISO 8601/],
        [engagement({ endsAt: 'next tuesday' }), 'endsAt', /ISO 8601/],
        [engagement({ kind: 'party' }), 'kind', /kind must be one of/],
        [engagement({ location: { lat: 45.5 } }), 'location', /both lat and lon/],
      ];
      for (const [body, field, message] of cases) {
        const res = await create(keys.pbot, body);
        expect([field, res.status]).toEqual([field, 400]);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
      }
      expect(await count()).toBe(before);
    });

    it('reads a time with an offset as that instant, and one without in the given zone', async () => {
      const withOffset = await create(keys.pbot, engagement({ startsAt: '2027-06-01T18:00:00-07:00', endsAt: '2027-06-01T19:00:00-07:00' }));
      expect(withOffset.body.startsAt).toBe('2027-06-02T01:00:00.000Z');
      const newYork = await create(keys.pbot, engagement({ startsAt: '2027-06-03T18:00:00', endsAt: '2027-06-03T19:00:00', timeZone: 'America/New_York' }));
      expect(newYork.body).toMatchObject({ startsAt: '2027-06-03T22:00:00.000Z', timeZone: 'America/New_York' });
    });

    it('makes a repeat with the same Idempotency-Key a no-op with the same answer', async () => {
      const body = engagement();
      const first = await create(keys.pbot, body, { 'Idempotency-Key': 'retry-1' });
      expect(first.status).toBe(201);
      const before = await count();
      const again = await create(keys.pbot, body, { 'Idempotency-Key': 'retry-1' });
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(await count()).toBe(before);
      const different = await create(keys.pbot, engagement(), { 'Idempotency-Key': 'retry-1' });
      expect(different.status).toBe(422);
      // Keys are per API key: another bureau's same key is its own.
      expect((await create(keys.bes, engagement(), { 'Idempotency-Key': 'retry-1' })).status).toBe(201);
    });

    it('makes a repeat of a bureau’s externalId a no-op (200, same engagement)', async () => {
      const body = engagement({ externalId: 'PBOT-2027-0042' });
      const first = await create(keys.pbot, body);
      expect(first.status).toBe(201);
      const events = (await platform.events()).length;
      const again = await create(keys.pbot, body);
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      expect((await platform.events()).length).toBe(events);
      // Another bureau may use the same id for its own engagement.
      expect((await create(keys.bes, engagement({ externalId: 'PBOT-2027-0042' }))).status).toBe(201);
    });
  });

  describe('changes and lifecycle', () => {
    it('changes an engagement based on the version read (If-Match), resolving a new place', async () => {
      const created = (await create(keys.pbot, engagement())).body;
      const patch = (headers: Record<string, string>, body: Record<string, unknown>, key = keys.pbot) =>
        platform.http.patch(`/v1/engagements/${created.id}`).set(bearer(key)).set(headers).send(body);
      expect((await patch({}, { title: 'New title' })).status).toBe(428);
      expect((await patch({ 'If-Match': '"7"' }, { title: 'New title' })).status).toBe(412);
      expect((await patch({ 'If-Match': '"1"' }, {})).status).toBe(400);
      expect((await patch({ 'If-Match': '"1"' }, { title: 'Not yours' }, keys.bes)).status).toBe(403);
      const moved = await patch({ 'If-Match': '"1"' }, { title: 'New title', location: { address: 'SE Belmont', ...pointIn('sunnyside') } });
      expect(moved.status).toBe(200);
      expect(moved.headers.etag).toBe('"2"');
      expect(moved.body).toMatchObject({ title: 'New title', version: 2, location: { neighborhoodIds: [platform.org('sunnyside').id] } });
      const updated = (await platform.events('civic.engagement.updated')).filter((e) => (e.data.engagement as { id: string }).id === created.id);
      expect(updated).toHaveLength(1);
      expect(updated[0].data.previousStatus).toBe('scheduled');
    });

    it('follows the lifecycle and answers 409 naming from and to otherwise', async () => {
      const id = (await create(keys.pbot, engagement())).body.id;
      const post = (path: string, body: Record<string, unknown> = {}) => platform.http.post(`/v1/engagements/${id}/${path}`).set(bearer(keys.pbot)).send(body);
      const patch = (version: number, body: Record<string, unknown>) =>
        platform.http.patch(`/v1/engagements/${id}`).set(bearer(keys.pbot)).set('If-Match', String(version)).send(body);

      expect((await patch(1, { status: 'postponed' })).body.status).toBe('postponed');
      const early = await post('held', { actualAttendance: 12 });
      expect(early.status).toBe(409);
      expect(early.body.detail).toBe('an engagement cannot go from postponed to held: from postponed it can only become scheduled');
      expect((await patch(2, { status: 'scheduled', startsAt: '2027-09-01T18:00:00', endsAt: '2027-09-01T19:00:00' })).body.status).toBe('scheduled');
      expect((await post('held', {})).status).toBe(400);
      const held = await post('held', { actualAttendance: 35 });
      expect(held.body).toMatchObject({ status: 'held', actualAttendance: 35, version: 4 });
      expect(held.body.heldAt).toEqual(expect.any(String));
      const cancel = await post('cancel');
      expect(cancel.status).toBe(409);
      expect(cancel.body.detail).toContain('from held to cancelled');
      expect((await patch(4, { status: 'closed' })).body.status).toBe('closed');
      expect((await patch(5, { title: 'Too late' })).status).toBe(409);

      const subjects = (await platform.events()).filter((e) => (e.data.engagement as { id?: string } | undefined)?.id === id).map((e) => e.subject);
      expect(subjects).toEqual([
        'civic.engagement.scheduled',
        'civic.engagement.postponed',
        'civic.engagement.scheduled',
        'civic.engagement.held',
        'civic.engagement.updated',
      ]);
    });

    it('cancels a scheduled engagement once, and a draft without announcing it', async () => {
      const id = (await create(keys.pbot, engagement())).body.id;
      const cancel = () => platform.http.post(`/v1/engagements/${id}/cancel`).set(bearer(keys.pbot)).send({ reason: ' Venue closed for repairs ' });
      const cancelled = (await cancel()).body;
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Venue closed for repairs' });
      expect(Date.now() - Date.parse(cancelled.cancelledAt)).toBeLessThan(60_000);
      expect((await platform.http.get(`/v1/engagements/${id}`).set(bearer(keys.bes))).body.cancellationReason).toBe('Venue closed for repairs');
      const announced = (await platform.events('civic.engagement.cancelled')).find((e) => (e.data.engagement as { id: string }).id === id);
      expect(announced?.data.engagement).toMatchObject({ cancellationReason: 'Venue closed for repairs', cancelledAt: cancelled.cancelledAt });
      const again = await cancel();
      expect(again.status).toBe(409);
      expect(again.body.detail).toBe('an engagement cannot go from cancelled to cancelled: cancelled is final');
      expect((await platform.http.post(`/v1/engagements/${id}/cancel`).set(bearer(keys.bes)).send({})).status).toBe(403);

      const draft = (await create(keys.pbot, engagement({ status: 'draft' }))).body;
      expect(draft.status).toBe('draft');
      expect((await platform.http.post(`/v1/engagements/${draft.id}/cancel`).set(bearer(keys.pbot)).send({})).body).toMatchObject({ status: 'cancelled', cancellationReason: null });
      const aboutDraft = (await platform.events()).filter((e) => (e.data.engagement as { id?: string } | undefined)?.id === draft.id);
      expect(aboutDraft).toEqual([]);
    });

    it('keeps every status it has had, oldest first, with a cancellation’s reason', async () => {
      const { id } = (await create(keys.pbot, engagement())).body;
      const patch = (version: number, status: string) => platform.http.patch(`/v1/engagements/${id}`).set(bearer(keys.pbot)).set('If-Match', `"${version}"`).send({ status });
      expect((await patch(1, 'postponed')).status).toBe(200);
      expect((await patch(2, 'scheduled')).status).toBe(200);
      expect((await platform.http.patch(`/v1/engagements/${id}`).set(bearer(keys.pbot)).set('If-Match', '"3"').send({ title: 'Renamed, same status' })).status).toBe(200);
      expect((await platform.http.post(`/v1/engagements/${id}/cancel`).set(bearer(keys.pbot)).send({ reason: 'Low sign-ups' })).status).toBe(200);
      const history = await platform.http.get(`/v1/engagements/${id}/history`).set(bearer(keys.bes));
      expect(history.status).toBe(200);
      expect(history.body.items.map((s: { from: string | null; to: string; reason: string | null }) => [s.from, s.to, s.reason])).toEqual([
        [null, 'scheduled', null],
        ['scheduled', 'postponed', null],
        ['postponed', 'scheduled', null],
        ['scheduled', 'cancelled', 'Low sign-ups'],
      ]);
      const times = history.body.items.map((s: { at: string }) => Date.parse(s.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);

      const draft = (await create(keys.pbot, engagement({ status: 'draft' }))).body;
      expect((await platform.http.get(`/v1/engagements/${draft.id}/history`).set(bearer(keys.bes))).status).toBe(404);
      expect((await platform.http.get(`/v1/engagements/${draft.id}/history`).set(bearer(keys.pbot))).body.items).toEqual([expect.objectContaining({ from: null, to: 'draft' })]);
    });

    it('keeps a bureau’s drafts from other bureaus', async () => {
      const draft = (await create(keys.pbot, engagement({ status: 'draft' }))).body;
      expect((await platform.http.get(`/v1/engagements/${draft.id}`).set(bearer(keys.bes))).status).toBe(404);
      expect((await platform.http.get(`/v1/engagements/${draft.id}`).set(bearer(keys.pbot))).status).toBe(200);
      expect((await platform.http.get(`/v1/engagements/${draft.id}`).set(bearer(keys.coordinator))).status).toBe(200);
    });
  });

  describe('POST /v1/engagements:batch', () => {
    const batch = (key: string, items: unknown[], headers: Record<string, string> = {}) =>
      platform.http.post('/v1/engagements:batch').set(bearer(key)).set(headers).send({ items });

    it('creates each valid item and refuses each invalid one on its own, with per-item results', async () => {
      const before = await count();
      const res = await batch(keys.pbot, [
        engagement({ externalId: 'batch-a' }),
        engagement({ endsAt: '2027-01-01T00:00:00', startsAt: '2027-01-01T01:00:00' }),
        engagement({ bureau: 'BES' }),
        { title: 'missing nearly everything' },
        engagement({ externalId: 'batch-b' }),
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 2, unchanged: 0, failed: 3 });
      expect(res.body.results.map((r: { index: number; status: number }) => [r.index, r.status])).toEqual([
        [0, 201],
        [1, 400],
        [2, 403],
        [3, 400],
        [4, 201],
      ]);
      expect(res.body.results[1].errors).toEqual([expect.stringMatching(/^endsAt: endsAt must be after startsAt/)]);
      expect(res.body.results[3].errors.map((e: string) => e.split(':')[0])).toEqual(expect.arrayContaining(['kind', 'startsAt', 'endsAt']));
      // The same refusals naming field and rule, as a problem's errors do.
      expect(res.body.results[1].problems).toEqual([{ field: 'endsAt', rule: 'isAfter', message: expect.stringMatching(/^endsAt must be after startsAt/) }]);
      expect(res.body.results[2].problems).toEqual([expect.objectContaining({ field: 'bureau', rule: expect.any(String) })]);
      expect(res.body.results[3].problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'kind', rule: 'isIn' })]));
      expect(res.body.results[0].engagement).toMatchObject({ bureau: 'PBOT', externalId: 'batch-a', status: 'scheduled' });
      expect(await count()).toBe(before + 2);
    });

    it('makes a retried batch a no-op: the same answer with its Idempotency-Key, 200 per known externalId without', async () => {
      const items = [engagement({ externalId: 'retry-a' }), engagement({ externalId: 'retry-b' })];
      const first = await batch(keys.bes, items, { 'Idempotency-Key': 'batch-7' });
      expect(first.body.created).toBe(2);
      const before = await count();
      const events = (await platform.events()).length;
      const repeat = await batch(keys.bes, items, { 'Idempotency-Key': 'batch-7' });
      expect(repeat.body).toEqual(first.body);
      const without = await batch(keys.bes, items);
      expect(without.body).toMatchObject({ created: 0, unchanged: 2, failed: 0 });
      expect(without.body.results.map((r: { engagement: { id: string } }) => r.engagement.id)).toEqual(first.body.results.map((r: { engagement: { id: string } }) => r.engagement.id));
      expect(await count()).toBe(before);
      expect((await platform.events()).length).toBe(events);
    });

    it('takes 500 items and refuses 501 as a whole (400), changing nothing', async () => {
      const items = Array.from({ length: 501 }, (_, i) =>
        engagement({ externalId: `bulk-${i}`, startsAt: `2028-01-01T10:00:00`, endsAt: `2028-01-01T11:00:00`, location: { onlineUrl: 'https://example.gov/x' }, audience: {} }),
      );
      const before = await count();
      const tooMany = await batch(keys.pbot, items);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'items', rule: 'arrayMaxSize', message: 'items must hold at most 500 engagements; split the batch' })]);
      expect(await count()).toBe(before);
      const full = await batch(keys.pbot, items.slice(0, 500));
      expect(full.status).toBe(200);
      expect(full.body).toMatchObject({ created: 500, failed: 0 });
      expect(full.body.results.map((r: { index: number }) => r.index)).toEqual([...Array(500).keys()]);
      expect(full.body.results[499].engagement.externalId).toBe('bulk-499');
      expect(await count()).toBe(before + 500);
    });
  });

  describe('GET /v1/engagements', () => {
    it('filters and pages through the matches in start order, each exactly once', async () => {
      for (let i = 0; i < 5; i++) await create(keys.bes, engagement({ kind: 'walking_tour', location: { address: 'SE Belmont', ...pointIn('sunnyside') } }));
      const sunnyside = platform.org('sunnyside');
      const seen: Array<{ id: string; startsAt: string }> = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await platform.http
          .get('/v1/engagements')
          .set(bearer(keys.pbot))
          .query({ bureau: 'BES', kind: 'walking_tour', neighborhood: 'sunnyside', limit: 2, ...(cursor ? { cursor } : {}) });
        expect(res.status).toBe(200);
        seen.push(...res.body.items);
        // Every page says how many match in all.
        expect(res.body.total).toBe(5);
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(5);
      expect(new Set(seen.map((e) => e.id)).size).toBe(5);
      expect(seen.map((e) => e.startsAt)).toEqual([...seen.map((e) => e.startsAt)].sort());
      const byDistrict = await platform.http.get('/v1/engagements').set(bearer(keys.pbot)).query({ district: sunnyside.councilDistricts[0], kind: 'walking_tour', limit: 200 });
      expect(byDistrict.body.items).toHaveLength(5);
      const inRange = await platform.http
        .get('/v1/engagements')
        .set(bearer(keys.pbot))
        .query({ kind: 'walking_tour', from: seen[1].startsAt, to: seen[3].startsAt });
      expect(inRange.body.items.map((e: { id: string }) => e.id)).toEqual([seen[1].id, seen[2].id]);
      const none = await platform.http.get('/v1/engagements').set(bearer(keys.pbot)).query({ organization: 'no-such-org' });
      expect(none.body).toEqual({ items: [], nextCursor: null, total: 0 });
    });

    it('filters by language offered (a regional form too), accessibility offered and words in the text', async () => {
      const mark = `tour${Date.now()}`;
      const made = [
        await create(keys.bes, engagement({ kind: 'open_house', title: `${mark} Cantonese open house`, languages: ['zh-Hant', 'en'], accessibility: { childcare: true } })),
        await create(keys.bes, engagement({ kind: 'open_house', title: `${mark} open house 100%_ready`, languages: ['es'], accessibility: { asl: true, childcare: false } })),
        await create(keys.bes, engagement({ kind: 'open_house', title: `${mark} third`, description: 'Bring your 50% questions', languages: ['en'], accessibility: {} })),
      ].map((r) => r.body.id as string);
      const ids = async (query: Record<string, string>) =>
        (await platform.http.get('/v1/engagements').set(bearer(keys.pbot)).query({ q: mark, limit: '200', ...query })).body.items.map((e: { id: string }) => e.id);
      expect(await ids({})).toEqual(made);
      expect(await ids({ language: 'zh' })).toEqual([made[0]]);
      expect(await ids({ language: 'ZH-hant' })).toEqual([made[0]]);
      expect(await ids({ language: 'es' })).toEqual([made[1]]);
      expect(await ids({ accessibility: 'childcare' })).toEqual([made[0]]);
      expect(await ids({ accessibility: 'asl' })).toEqual([made[1]]);
      expect(await ids({ q: `${mark.toUpperCase()} CANTONESE` })).toEqual([made[0]]);
      // % and _ are the searched characters, not wildcards.
      expect(await ids({ q: '100%_ready' })).toEqual([made[1]]);
      expect(await ids({ q: `${mark} open house 100%` })).toEqual([made[1]]);
      const bad = await platform.http.get('/v1/engagements').set(bearer(keys.pbot)).query({ language: 'not a tag', accessibility: 'ramps', q: '' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['accessibility', 'language', 'q']);
    });

    it('answers 400 naming each bad filter', async () => {
      const res = await platform.http.get('/v1/engagements').set(bearer(keys.pbot)).query({ status: 'done', district: 'north', from: 'yesterday', limit: 0, cursor: 'bad!' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cursor', 'district', 'from', 'limit', 'status']);
    });
  });
});
