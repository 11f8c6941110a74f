import pg from 'pg';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { TestNamespace, eventually } from '#libs/testing';
import { PlaceDirectory } from '../../apps/feedback/src/places/place-directory.js';
import { engagementChanged, feedbackIntake, startFeedbackPlatform, type FeedbackPlatform } from './feedback-platform.js';

/** Comment intake through the gateway: single, batch and CSV import, redaction, languages, places, privacy and bad input. */
describe('comment intake', () => {
  const ns = new TestNamespace();
  // Quick retries, so an intake event that cannot be applied reaches the dead letter in about a second.
  const env = ns.env({ natsUrl: null, extra: { MESSAGING_RETRY_BASE_MS: '100', MESSAGING_RETRY_MAX_MS: '400' } });
  let platform: FeedbackPlatform | undefined;
  let db: pg.Client;
  const keys = { admin: '', coordinator: '', pbot: '', bes: '' };
  const engagements = { pbot: uuidv7(), bes: uuidv7(), unknown: uuidv7() };

  const kenton = {
    id: '0190a3e5-0000-7000-8000-00000000000a',
    slug: 'kenton',
    ocdId: 'ocd-organization/country:us/state:or/place:portland/neighborhood_association:kenton',
    kind: 'neighborhood_association' as const,
    name: 'Kenton',
    status: 'active' as const,
    councilDistricts: ['2'],
    version: 1,
    updatedAt: '2026-11-01T10:00:00.000Z',
    boundary: { type: 'Polygon' as const, coordinates: [[[-122.70, 45.57], [-122.68, 45.57], [-122.68, 45.59], [-122.70, 45.59], [-122.70, 45.57]]] },
  };

  beforeAll(async () => {
    platform = await startFeedbackPlatform(env);
    keys.admin = await platform.createKey('--role', 'admin');
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    db = new pg.Client({ connectionString: ns.databaseUrl('feedback') });
    await db.connect();
    const places = platform.feedback.get(PlaceDirectory);
    await platform.feedback.get(DataSource).transaction((manager) => places.apply(manager, kenton));
    for (const [id, bureau] of [[engagements.pbot, 'PBOT'], [engagements.bes, 'BES']]) {
      await platform.deliver('civic.engagement.scheduled', engagementChanged(id, bureau, 'scheduled', 1, new Date('2026-12-10T03:00:00Z')), id);
    }
    await eventually(() => count('SELECT count(*) AS n FROM engagement_reference'), (n) => n === 2);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0].n);
  const comments = () => count('SELECT count(*) AS n FROM comment');
  const receivedEvents = () => count(`SELECT count(*) AS n FROM outbox_event WHERE subject = 'civic.feedback.received'`);

  it('stores one comment redacted, detects its language and places it', async () => {
    const res = await platform!.http
      .post('/v1/comments')
      .set(bearer(keys.pbot))
      .send({ text: 'Call me at 503-555-0142 about the crosswalk at 8120 N Denver Ave, it is dangerous.', source: 'online_form', location: { lat: 45.58, lon: -122.69 } });
    expect(res.status).toBe(201);
    expect(res.body.accepted).toBe(1);
    expect(res.body.comments[0]).toMatchObject({ language: 'en', neighborhood: 'Kenton', councilDistrict: '2' });
    const id = res.body.comments[0].id as string;

    const asBureau = await platform!.http.get(`/v1/comments/${id}`).set(bearer(keys.pbot));
    expect(asBureau.status).toBe(200);
    expect(asBureau.body.text).toBe('Call me at [phone] about the crosswalk at [address], it is dangerous.');
    expect(asBureau.body).not.toHaveProperty('originalText');
    expect(asBureau.body).not.toHaveProperty('demographics');

    const asCoordinator = await platform!.http.get(`/v1/comments/${id}`).set(bearer(keys.coordinator));
    expect(asCoordinator.body.originalText).toContain('503-555-0142');
  });

  it('keeps demographics only with consent, and shows them only to coordinators and admins', async () => {
    const res = await platform!.http
      .post('/v1/comments:batch')
      .set(bearer(keys.pbot))
      .send({
        comments: [
          { text: 'Bus stops need lighting.', demographics: { age: '35-44', zip: '97217' }, demographicsConsent: true },
          { text: 'Bus stops need benches.', demographics: { age: '65+' } },
        ],
      });
    expect(res.status).toBe(201);
    const [consented, notConsented] = res.body.comments.map((c: { id: string }) => c.id);
    const admin = await platform!.http.get(`/v1/comments/${consented}`).set(bearer(keys.admin));
    expect(admin.body.demographics).toEqual({ age: '35-44', zip: '97217' });
    expect((await platform!.http.get(`/v1/comments/${notConsented}`).set(bearer(keys.admin))).body.demographics).toBeNull();
    expect((await platform!.http.get(`/v1/comments/${consented}`).set(bearer(keys.pbot))).body).not.toHaveProperty('demographics');
    expect((await platform!.http.get(`/v1/comments/${consented}`).set(bearer(keys.bes))).status).toBe(404);
  });

  it('stores a batch with one feedback.received event for the whole batch', async () => {
    const before = await receivedEvents();
    const batch = Array.from({ length: 1200 }, (_, i) => ({ text: `Comment number ${i} about sidewalks and safe crossings.`, source: 'survey', externalId: `b${i}` }));
    const res = await platform!.http.post('/v1/comments:batch').set(bearer(keys.pbot)).send({ comments: batch });
    expect(res.status).toBe(201);
    expect(res.body.accepted).toBe(1200);
    expect(await receivedEvents()).toBe(before + 1);
    const { rows } = await db.query(`SELECT envelope FROM outbox_event WHERE subject = 'civic.feedback.received' ORDER BY seq DESC LIMIT 1`);
    expect(rows[0].envelope.data).toMatchObject({ batchId: res.body.batchId, bureau: 'PBOT', count: 1200, sources: ['survey'], channel: 'http' });
    expect(rows[0].envelope.data.scope.bureaus).toEqual(['PBOT']);
    expect(JSON.stringify(rows[0].envelope)).not.toContain('sidewalks');
  });

  it('makes a coordinator name the bureau, and stops a bureau key from speaking for another', async () => {
    const noBureau = await platform!.http.post('/v1/comments').set(bearer(keys.coordinator)).send({ text: 'hello' });
    expect(noBureau.status).toBe(400);
    expect(noBureau.body.errors[0].field).toBe('bureau');
    const other = await platform!.http.post('/v1/comments').set(bearer(keys.pbot)).send({ text: 'hello', bureau: 'BES' });
    expect(other.status).toBe(403);
    const named = await platform!.http.post('/v1/comments').set(bearer(keys.coordinator)).send({ text: 'Hola, necesitamos más árboles en el parque.', bureau: 'PP&R' });
    expect(named.status).toBe(201);
    expect(named.body.comments[0].language).toBe('es');
  });

  describe('bad input is refused whole and changes nothing', () => {
    it.each([
      ['empty text', { comments: [{ text: 'fine' }, { text: '' }] }, 'comments.1.text'],
      ['blank text', { comments: [{ text: '   ' }] }, 'comments.0.text'],
      ['text over 20,000 characters', { comments: [{ text: 'fine' }, { text: 'x'.repeat(20_001) }] }, 'comments.1.text'],
      ['an unknown source', { comments: [{ text: 'fine', source: 'fax' }] }, 'comments.0.source'],
      ['more than 5,000 comments', { comments: Array.from({ length: 5001 }, () => ({ text: 'x' })) }, 'comments'],
      ['a NUL character in text', { comments: [{ text: 'fine' }, { text: 'nul\u0000here' }] }, 'comments.1.text'],
      ['a NUL character in externalId', { comments: [{ text: 'fine', externalId: 'r\u00001' }] }, 'comments.0.externalId'],
      ['nested demographics', { comments: [{ text: 'fine', demographics: { age: { range: '35-44' } }, demographicsConsent: true }] }, 'comments.0.demographics'],
    ])('%s', async (_, body, field) => {
      const before = await comments();
      const events = await receivedEvents();
      const res = await platform!.http.post('/v1/comments:batch').set(bearer(keys.pbot)).send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await comments()).toBe(before);
      expect(await receivedEvents()).toBe(events);
    });
  });

  describe('NUL characters (U+0000), which Postgres cannot store', () => {
    it('refuses one in a comment’s text with 400 naming the field and the rule, storing nothing', async () => {
      const before = await comments();
      const res = await platform!.http.post('/v1/comments').set(bearer(keys.pbot)).send({ text: 'The bus\u0000 is late.' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'text', rule: 'noNul', message: 'text must not contain NUL characters (U+0000)' }]);
      const demographics = await platform!.http.post('/v1/comments').set(bearer(keys.pbot)).send({ text: 'fine', demographics: { age: '35\u000044' }, demographicsConsent: true });
      expect(demographics.status).toBe(400);
      expect(demographics.body.errors).toEqual([expect.objectContaining({ field: 'demographics.age', rule: 'noNul' })]);
      expect(await comments()).toBe(before);
    });

    it('refuses a CSV that carries one, naming its line, importing nothing', async () => {
      const before = await comments();
      const res = await platform!.http.post('/v1/comments:import').set(bearer(keys.pbot)).set('Content-Type', 'text/csv').query({ textColumn: 'comment' }).send('comment\nfine\nnul\u0000here');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'body', rule: 'noNul', message: 'body must not contain NUL characters (U+0000); the first is on line 3' }]);
      expect(await comments()).toBe(before);
    });

    it('dead-letters a bus intake event carrying one at once', async () => {
      const before = await comments();
      const { id, body } = feedbackIntake('BES', { comments: [{ text: 'nul\u0000here' }] });
      await platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.BES`, id, body, id);
      const letter = platform!.broker.deadLetters.find((l) => l.record.eventId === id);
      expect(letter?.record).toMatchObject({ reason: 'invalid-payload', validationErrors: ['comments.0.text: text must not contain NUL characters (U+0000)'] });
      expect(await comments()).toBe(before);
    });
  });

  describe('one comment per externalId and bureau', () => {
    const batch = (key: string, comments: object[]) => platform!.http.post('/v1/comments:batch').set(bearer(key)).send({ comments });

    it('stores nothing twice when a batch is sent again, and answers which comments it already had', async () => {
      const items = [0, 1, 2].map((i) => ({ text: `Resent comment ${i} about the Foster Road bike lane.`, externalId: `resend-${i}` }));
      const first = await batch(keys.pbot, items);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ accepted: 3, alreadyStored: 0 });
      const before = await comments();
      const events = await receivedEvents();

      const again = await batch(keys.pbot, [...items, { text: 'A new one about Foster Road crossings.', externalId: 'resend-3' }]);
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ accepted: 1, alreadyStored: 3 });
      expect(again.body.comments.map((c: { id: string }) => c.id).slice(0, 3)).toEqual(first.body.comments.map((c: { id: string }) => c.id));
      expect(again.body.comments.map((c: { alreadyStored: boolean }) => c.alreadyStored)).toEqual([true, true, true, false]);
      expect(await comments()).toBe(before + 1);
      expect(await receivedEvents()).toBe(events + 1);

      const nothingNew = await batch(keys.pbot, items);
      expect(nothingNew.body).toMatchObject({ accepted: 0, alreadyStored: 3 });
      expect(await comments()).toBe(before + 1);
      expect(await receivedEvents()).toBe(events + 1);
      expect(await count(`SELECT count(*) AS n FROM comment WHERE external_id LIKE 'resend-%'`)).toBe(4);
    });

    it('keeps externalIds per bureau', async () => {
      const text = 'Same survey response id in two bureaus.';
      expect((await batch(keys.pbot, [{ text, externalId: 'shared-1' }])).body.accepted).toBe(1);
      const water = await platform!.http.post('/v1/comments:batch').set(bearer(keys.coordinator)).send({ bureau: 'PWB', comments: [{ text, externalId: 'shared-1' }] });
      expect(water.body.accepted).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM comment WHERE external_id = 'shared-1'`)).toBe(2);
    });

    it('stores each externalId once when the same batch arrives twice at once', async () => {
      const items = Array.from({ length: 50 }, (_, i) => ({ text: `Concurrent comment ${i} on Division Street.`, externalId: `race-${i}` }));
      const [a, b] = await Promise.all([batch(keys.pbot, items), batch(keys.pbot, [...items].reverse())]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.accepted + b.body.accepted).toBe(50);
      expect(await count(`SELECT count(*) AS n FROM comment WHERE external_id LIKE 'race-%'`)).toBe(50);
    });

    it('refuses a batch that gives one externalId twice, naming the repeat', async () => {
      const before = await comments();
      const res = await batch(keys.pbot, [{ text: 'one', externalId: 'twice' }, { text: 'two' }, { text: 'three', externalId: 'twice' }]);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'comments.2.externalId', message: expect.stringContaining('also comments.0') })]);
      expect(await comments()).toBe(before);
    });

    it('answers which rows of a re-sent CSV it already had, and says so on a dry run', async () => {
      const file = ['id,comment', 'csv-1,Fix the potholes on 122nd', 'csv-2,More trees on Glisan'].join('\n');
      const send = (body: string, query: Record<string, string> = {}) =>
        platform!.http.post('/v1/comments:import').set(bearer(keys.pbot)).set('Content-Type', 'text/csv').query({ textColumn: 'comment', externalIdColumn: 'id', ...query }).send(body);
      const first = await send(file);
      expect(first.body).toMatchObject({ imported: 2, alreadyStored: [] });
      const more = `${file}\ncsv-3,Safer crossings at 122nd and Glisan`;
      const dry = await send(more, { dryRun: 'true' });
      expect(dry.body.preview.map((p: { alreadyStored: boolean }) => p.alreadyStored)).toEqual([true, true, false]);
      const again = await send(more);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ imported: 1, alreadyStored: [{ row: 1, externalId: 'csv-1' }, { row: 2, externalId: 'csv-2' }] });
      expect(await count(`SELECT count(*) AS n FROM comment WHERE external_id LIKE 'csv-%'`)).toBe(3);
    });
  });

  describe('engagements a comment may be filed under', () => {
    const submit = (key: string, body: object) => platform!.http.post('/v1/comments').set(bearer(key)).send(body);

    it('files a bureau’s comment under its own engagement', async () => {
      const res = await submit(keys.pbot, { text: 'Filed under our own listening session.', engagementId: engagements.pbot });
      expect(res.status).toBe(201);
    });

    it('refuses a bureau key another bureau’s engagement with 403 naming engagementId, storing nothing', async () => {
      const before = await comments();
      const res = await submit(keys.pbot, { text: 'Filed under the Environmental Services session.', engagementId: engagements.bes });
      expect(res.status).toBe(403);
      expect(res.body.errors).toEqual([{ field: 'engagementId', rule: 'ownBureauEngagement', message: expect.stringContaining(`belongs to BES; a bureau files comments only under its own engagements`) }]);
      const batch = await platform!.http.post('/v1/comments:batch').set(bearer(keys.pbot)).send({ comments: [{ text: 'fine', engagementId: engagements.pbot }, { text: 'not ours', engagementId: engagements.bes }] });
      expect(batch.status).toBe(403);
      expect(batch.body.errors.map((e: { field: string }) => e.field)).toEqual(['comments.1.engagementId']);
      expect(await comments()).toBe(before);
    });

    it('refuses an engagement feedback does not know with 422 naming engagementId, for any key', async () => {
      const before = await comments();
      for (const key of [keys.pbot, keys.coordinator]) {
        const res = await submit(key, { text: 'Filed under an engagement nobody published.', engagementId: engagements.unknown, bureau: key === keys.coordinator ? 'PBOT' : undefined });
        expect(res.status).toBe(422);
        expect(res.body.errors).toEqual([{ field: 'engagementId', rule: 'knownEngagement', message: expect.stringContaining('is not known') }]);
      }
      expect(await comments()).toBe(before);
    });

    it('lets coordinators and admins file for any bureau’s engagement', async () => {
      expect((await submit(keys.coordinator, { bureau: 'PBOT', text: 'Heard at the BES session about PBOT streets.', engagementId: engagements.bes })).status).toBe(201);
      expect((await submit(keys.admin, { bureau: 'BES', text: 'Filed by an admin.', engagementId: engagements.bes })).status).toBe(201);
    });

    it('applies the rule to CSV imports, with engagementId in the query or a column, dry runs included', async () => {
      const before = await comments();
      const send = (body: string, query: Record<string, string>) =>
        platform!.http.post('/v1/comments:import').set(bearer(keys.pbot)).set('Content-Type', 'text/csv').query({ textColumn: 'comment', ...query }).send(body);
      const viaQuery = await send('comment\nNot our session', { engagementId: engagements.bes });
      expect(viaQuery.status).toBe(403);
      expect(viaQuery.body.errors.map((e: { field: string }) => e.field)).toEqual(['engagementId']);
      const viaColumn = await send(`comment,engagement\nOurs,${engagements.pbot}\nNobody's,${engagements.unknown}`, { engagementIdColumn: 'engagement', dryRun: 'true' });
      expect(viaColumn.status).toBe(422);
      expect(viaColumn.body.errors).toEqual([{ field: 'row 2.engagementId', rule: 'knownEngagement', message: expect.stringMatching(/^engagement .* is not known/) }]);
      expect(await comments()).toBe(before);
    });

    const intake = async (bureau: string, engagementId: string, text: string) => {
      const { id, body } = feedbackIntake(bureau, { comments: [{ text, engagementId }] });
      await platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.${bureau}`, id, body, id);
      return id;
    };

    it('dead-letters a bus intake event naming another bureau’s engagement, storing nothing', async () => {
      const before = await comments();
      const id = await intake('BES', engagements.pbot, 'BES hands in a comment under a PBOT session.');
      const letter = await eventually(
        async () => platform!.broker.deadLetters.find((l) => l.record.eventId === id),
        (l) => l !== undefined,
      );
      expect(letter!.record).toMatchObject({ reason: 'handler-failed', error: expect.stringContaining('belongs to PBOT') });
      expect(await comments()).toBe(before);
    });

    it('applies a bus intake event once the engagement it names reaches feedback', async () => {
      const late = uuidv7();
      // The in-process broker's publish resolves once the event is handled or dead-lettered: the engagement comes meanwhile.
      const handled = intake('PBOT', late, 'Comment from a session scheduling published a moment ago.');
      await platform!.deliver('civic.engagement.scheduled', engagementChanged(late, 'PBOT', 'scheduled', 1, new Date('2026-12-11T03:00:00Z')), late);
      await handled;
      expect(await count(`SELECT count(*) AS n FROM comment WHERE engagement_id = $1`, [late])).toBe(1);
    });
  });

  describe('Idempotency-Key', () => {
    const post = (path: string, key: string, idempotencyKey: string, body: object) => platform!.http.post(path).set(bearer(key)).set('Idempotency-Key', idempotencyKey).send(body);

    it('answers a retry with the first answer and stores nothing again', async () => {
      const body = { comments: [{ text: 'Retry-safe comment about the Burnside bridge.' }, { text: 'Another one about the bridge lifts.' }] };
      const first = await post('/v1/comments:batch', keys.pbot, 'batch-1', body);
      expect(first.status).toBe(201);
      const before = await comments();
      const events = await receivedEvents();
      const again = await post('/v1/comments:batch', keys.pbot, 'batch-1', body);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await comments()).toBe(before);
      expect(await receivedEvents()).toBe(events);
    });

    it('answers a retry after a 503 whose request had in fact been stored, storing it once', async () => {
      const body = { text: 'Slow answer about the Hawthorne bus line.' };
      const before = await comments();
      // Hold inserts back until the gateway gives up (QUERY_TIMEOUT_MS, 3 s): the client sees 503 while feedback waits.
      const lock = new pg.Client({ connectionString: ns.databaseUrl('feedback') });
      await lock.connect();
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE comment IN SHARE MODE');
      let late;
      try {
        late = await post('/v1/comments', keys.pbot, 'slow-1', body);
      } finally {
        await lock.query('COMMIT');
        await lock.end();
      }
      expect(late.status).toBe(503);
      await eventually(comments, (n) => n === before + 1);
      const retry = await post('/v1/comments', keys.pbot, 'slow-1', body);
      expect(retry.status).toBe(201);
      expect(retry.body.accepted).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM comment WHERE id = $1`, [retry.body.comments[0].id])).toBe(1);
      expect(await comments()).toBe(before + 1);
    });

    it('refuses the same key with a different request, naming the header', async () => {
      expect((await post('/v1/comments', keys.pbot, 'reused-1', { text: 'First request under this key.' })).status).toBe(201);
      const before = await comments();
      const other = await post('/v1/comments', keys.pbot, 'reused-1', { text: 'A different request under the same key.' });
      expect(other.status).toBe(422);
      expect(other.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', rule: 'freshIdempotencyKey' })]);
      expect(await comments()).toBe(before);
    });

    it('keeps keys per bureau, and refuses a malformed key', async () => {
      expect((await post('/v1/comments', keys.pbot, 'per-bureau', { text: 'PBOT under this key.' })).status).toBe(201);
      const water = await post('/v1/comments', keys.coordinator, 'per-bureau', { bureau: 'PWB', text: 'The Water Bureau under the same key, another request.' });
      expect(water.status).toBe(201);
      const bad = await post('/v1/comments', keys.pbot, 'no spaces allowed', { text: 'hello' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'idempotencyKey' })]);
    });

    it('takes a key on CSV imports, where a dry run neither uses nor keeps it', async () => {
      const file = 'comment\nIdempotent import about sidewalk repairs';
      const send = (query: Record<string, string>) =>
        platform!.http.post('/v1/comments:import').set(bearer(keys.pbot)).set('Idempotency-Key', 'import-1').set('Content-Type', 'text/csv').query({ textColumn: 'comment', ...query }).send(file);
      expect((await send({ dryRun: 'true' })).status).toBe(200);
      const before = await comments();
      const first = await send({});
      expect(first.body.imported).toBe(1);
      const again = await send({});
      expect(again.body).toEqual(first.body);
      expect(await comments()).toBe(before + 1);
      expect((await send({ source: 'email' })).status).toBe(422);
    });
  });

  describe('CSV import', () => {
    const csv = [
      'Response ID,Comment,Date,Neighborhood',
      'r1,"The bus is late every morning, email me at jo@example.org",2026-10-01T09:00:00Z,Kenton',
      'r2,Plant more street trees please,2026-10-02T09:00:00Z,kenton',
      'r3,,2026-10-03T09:00:00Z,Kenton',
      'r4,Too much traffic on Lombard,not a date,Kenton',
    ].join('\n');
    const importCsv = (body: string | Buffer, query: Record<string, string>) =>
      platform!.http.post('/v1/comments:import').set(bearer(keys.pbot)).set('Content-Type', 'text/csv').query(query).send(body);
    const mapping = { textColumn: 'Comment', submittedAtColumn: 'Date', neighborhoodColumn: 'Neighborhood', externalIdColumn: 'Response ID', source: 'survey' };

    it('dry run reports every row’s problems and imports nothing', async () => {
      const before = await comments();
      const res = await importCsv(csv, { ...mapping, dryRun: 'true' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: true, rows: 4, valid: 2 });
      expect(res.body.problems.map((p: { row: number }) => p.row)).toEqual([3, 4]);
      expect(res.body.problems[0].problems.join(' ')).toContain('text');
      expect(res.body.problems[1].problems.join(' ')).toContain('submittedAt');
      expect(res.body.preview[0]).toMatchObject({ row: 1, text: 'The bus is late every morning, email me at [email]', language: 'en', source: 'survey' });
      expect(await comments()).toBe(before);
    });

    it('a real import with bad rows imports none of them', async () => {
      const before = await comments();
      const res = await importCsv(csv, mapping);
      expect(res.status).toBe(400);
      expect(res.body.detail).toContain('nothing was imported');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['row 3', 'row 4']));
      expect(await comments()).toBe(before);
    });

    it('imports a clean file as one batch, placing named neighborhoods', async () => {
      const clean = csv.split('\n').slice(0, 3).join('\n');
      const res = await importCsv(clean, mapping);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: false, rows: 2, valid: 2, problems: [] });
      const { rows } = await db.query(`SELECT neighborhood, council_district, source, external_id FROM comment WHERE batch_id = $1 ORDER BY external_id`, [res.body.batchId]);
      expect(rows).toEqual([
        { neighborhood: 'Kenton', council_district: '2', source: 'survey', external_id: 'r1' },
        { neighborhood: 'Kenton', council_district: '2', source: 'survey', external_id: 'r2' },
      ]);
    });

    it('refuses a mapping to a column the file does not have', async () => {
      const before = await comments();
      const res = await importCsv(csv, { ...mapping, textColumn: 'Feedback' });
      expect(res.status).toBe(400);
      expect(res.body.detail).toContain('column "Feedback" is not in the CSV header');
      expect(await comments()).toBe(before);
    });

    it('refuses a file that is not UTF-8', async () => {
      const latin1 = Buffer.from('Comment\nCaf\xe9 on the corner is too loud\n', 'latin1');
      const res = await importCsv(latin1, { textColumn: 'Comment' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'body', rule: 'isUtf8' });
    });
  });

  describe('NATS intake on civic.intake.feedback.<bureau>', () => {
    const envelope = (data: unknown) => feedbackIntake('BES', data);
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
    };

    it('stores the comments of a bureau’s event as one batch', async () => {
      const { id, body } = envelope({ comments: [{ text: 'The creek floods our basement every winter.', source: 'phone' }, { text: 'Stormwater drains are clogged on our street.' }] });
      await platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.BES`, id, body, id);
      await until(async () => (await count(`SELECT count(*) AS n FROM comment WHERE batch_id IN (SELECT batch_id FROM comment WHERE original_text LIKE 'The creek floods%')`)) === 2);
      const { rows } = await db.query(`SELECT source, language, bureau FROM comment WHERE batch_id IN (SELECT batch_id FROM comment WHERE original_text LIKE 'The creek floods%') ORDER BY source`);
      expect(rows).toEqual([
        { source: 'other', language: 'en', bureau: 'BES' },
        { source: 'phone', language: 'en', bureau: 'BES' },
      ]);
      const events = await db.query(
        `SELECT envelope FROM outbox_event WHERE subject = 'civic.feedback.received' AND envelope->'data'->>'channel' = 'nats' AND envelope->'data'->>'bureau' = 'BES'`,
      );
      expect(events.rows).toHaveLength(1);
      expect(events.rows[0].envelope.data).toMatchObject({ bureau: 'BES', count: 2 });
    });

    it('stores nothing again when a bureau re-sends the same externalIds in a new event', async () => {
      const data = { comments: [{ text: 'The bioswale on our block is overgrown.', externalId: 'bus-1' }] };
      const first = envelope(data);
      await platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.BES`, first.id, first.body, first.id);
      await until(async () => (await count(`SELECT count(*) AS n FROM comment WHERE external_id = 'bus-1'`)) === 1);
      const events = await receivedEvents();
      const again = envelope(data);
      await platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.BES`, again.id, again.body, again.id);
      await until(async () => (await count(`SELECT count(*) AS n FROM inbox_event WHERE event_id = $1`, [again.id])) === 1);
      expect(await count(`SELECT count(*) AS n FROM inbox_event WHERE event_id = $1`, [again.id])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM comment WHERE external_id = 'bus-1'`)).toBe(1);
      expect(await receivedEvents()).toBe(events);
    });

    it('sends an invalid payload to the dead letter at once, storing nothing', async () => {
      const before = await comments();
      const letters = platform!.broker.deadLetters.length;
      const { id, body } = envelope({ comments: [{ text: 'fine' }, { text: '' }] });
      await platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.BES`, id, body, id);
      await until(async () => platform!.broker.deadLetters.length > letters);
      const letter = platform!.broker.deadLetters[letters];
      expect(letter.record.reason).toBe('invalid-payload');
      expect(letter.record.validationErrors).toEqual(expect.arrayContaining([expect.stringContaining('comments.1.text')]));
      expect(await comments()).toBe(before);
    });
  });
});
