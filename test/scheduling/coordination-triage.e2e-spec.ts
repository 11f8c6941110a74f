import { TestNamespace } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from './scheduling-platform.js';

interface Summary {
  id: string;
}
interface Alert {
  id: string;
  triage: string;
  assignee: string | null;
  assigneeName: string | null;
  note: string | null;
  version: number;
}

/** Staff triaging conflicts and fatigue alerts through the gateway: `POST /v1/conflicts/{id}/acknowledge` and the rest. */
describe('triage of conflicts and fatigue alerts', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  const keys: Record<string, string> = {};
  const keyIds: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    for (const bureau of ['PBOT', 'BES', 'PP&R']) keys[bureau] = await platform.createKey('--role', 'bureau', '--bureau', bureau);
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.colleague = await platform.createKey('--role', 'coordinator');
    keys.admin = await platform.createKey('--role', 'admin');
    for (const who of ['coordinator', 'colleague']) keyIds[who] = (await platform.http.get('/v1/api-keys/current').set(bearer(who))).body.keyId;
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (who: string) => ({ Authorization: `Bearer ${keys[who]}` });
  const at = (date: string, hhmm: string) => `${date}T${hhmm}:00-08:00`;

  async function publish(bureau: string, date: string, organization: string): Promise<Summary> {
    const res = await platform.http
      .post('/v1/engagements')
      .set(bearer(bureau))
      .send({ title: `${bureau} session on ${date}`, kind: 'workshop', startsAt: at(date, '18:00'), endsAt: at(date, '19:00'), location: { onlineUrl: 'https://meet.example.gov/s' }, audience: { organizations: [organization] } });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function conflictOf(date: string, organization: string): Promise<Alert> {
    await publish('PBOT', date, organization);
    await publish('BES', date, organization);
    const res = await platform.http.get(`/v1/conflicts?from=${at(date, '00:00')}&to=${at(date, '23:59')}&triage=all`).set(bearer('coordinator'));
    expect(res.body.items).toHaveLength(1);
    return res.body.items[0];
  }

  const step = (who: string, path: string, version: number | null, body?: object) => {
    const req = platform.http.post(path).set(bearer(who));
    if (version !== null) req.set('If-Match', `"${version}"`);
    return body === undefined ? req : req.send(body);
  };

  it('acknowledges, assigns, resolves with a note and reopens a conflict, each at the version read, keeping who did what', async () => {
    const conflict = await conflictOf('2029-03-06', 'kenton');
    expect(conflict).toMatchObject({ triage: 'open', assignee: null, version: 1 });
    const read = await platform.http.get(`/v1/conflicts/${conflict.id}`).set(bearer('PBOT'));
    expect(read.headers.etag).toBe('"1"');

    const acknowledged = await step('coordinator', `/v1/conflicts/${conflict.id}/acknowledge`, 1);
    expect([acknowledged.status, acknowledged.headers.etag]).toEqual([200, '"2"']);
    expect(acknowledged.body).toMatchObject({ id: conflict.id, triage: 'acknowledged', version: 2, open: true });

    const assigned = await step('coordinator', `/v1/conflicts/${conflict.id}/assign`, 2, { assignee: keyIds.colleague, assigneeName: 'Dana Ortiz' });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assignee: keyIds.colleague, assigneeName: 'Dana Ortiz', triage: 'acknowledged', version: 3 });
    expect((await platform.http.get(`/v1/conflicts?assignee=${keyIds.colleague}&triage=all`).set(bearer('coordinator'))).body.items.map((c: Alert) => c.id)).toEqual([conflict.id]);

    const resolved = await step('colleague', `/v1/conflicts/${conflict.id}/resolve`, 3, { note: 'BES moved its session to the following week.' });
    expect(resolved.body).toMatchObject({ triage: 'resolved', note: 'BES moved its session to the following week.', version: 4 });
    // Resolved ones leave the default list and stay searchable.
    expect((await platform.http.get('/v1/conflicts?from=2029-03-01T00:00:00-08:00&to=2029-03-31T00:00:00-07:00').set(bearer('coordinator'))).body.items).toEqual([]);
    expect((await platform.http.get('/v1/conflicts?triage=resolved&q=following%20week').set(bearer('coordinator'))).body.items.map((c: Alert) => c.id)).toEqual([conflict.id]);

    const reopened = await step('admin', `/v1/conflicts/${conflict.id}/reopen`, 4, { note: 'BES could not move after all.' });
    expect(reopened.body).toMatchObject({ triage: 'open', note: null, assignee: keyIds.colleague, version: 5 });

    const history = await platform.http.get(`/v1/conflicts/${conflict.id}/history`).set(bearer('PBOT'));
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ action: 'acknowledged', from: 'open', to: 'acknowledged', actorId: keyIds.coordinator, actorRole: 'coordinator', at: expect.any(String) }),
      expect.objectContaining({ action: 'assigned', from: 'acknowledged', to: 'acknowledged', assignee: keyIds.colleague, assigneeName: 'Dana Ortiz' }),
      expect.objectContaining({ action: 'resolved', to: 'resolved', note: 'BES moved its session to the following week.', actorId: keyIds.colleague }),
      expect.objectContaining({ action: 'reopened', from: 'resolved', to: 'open', note: 'BES could not move after all.', actorRole: 'admin' }),
    ]);

    const events = await platform.events();
    const triaged = events.filter((e) => e.subject.startsWith('civic.coordination.conflict.triage.') && e.data.conflictId === conflict.id);
    expect(triaged.map((e) => e.subject)).toEqual([
      'civic.coordination.conflict.triage.acknowledged',
      'civic.coordination.conflict.triage.assigned',
      'civic.coordination.conflict.triage.resolved',
      'civic.coordination.conflict.triage.reopened',
    ]);
    expect(triaged[2].data).toMatchObject({ action: 'resolved', from: 'acknowledged', to: 'resolved', actorId: keyIds.colleague, version: 4, scope: { bureaus: ['BES', 'PBOT'], severity: 'high' } });
    expect(triaged[2].data.engagements).toHaveLength(2);
  });

  it('refuses a stale version (412), a missing one (428), a bureau key (403), a resolve without a note (400) and a step its state does not allow (409)', async () => {
    const conflict = await conflictOf('2029-04-03', 'arbor-lodge');
    const path = `/v1/conflicts/${conflict.id}`;
    expect((await step('coordinator', `${path}/acknowledge`, 1)).status).toBe(200);

    const stale = await step('colleague', `${path}/resolve`, 1, { note: 'Done.' });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toContain('version 2');
    expect((await step('coordinator', `${path}/acknowledge`, null)).status).toBe(428);

    const bureau = await step('PBOT', `${path}/resolve`, 2, { note: 'We moved ours.' });
    expect(bureau.status).toBe(403);
    // Reading stays open to every key.
    expect((await platform.http.get(`${path}/history`).set(bearer('PBOT'))).status).toBe(200);

    for (const body of [{}, { note: '   ' }]) {
      const noNote = await step('coordinator', `${path}/resolve`, 2, body);
      expect([noNote.status, noNote.body.errors[0].field]).toEqual([400, 'note']);
    }
    const nul = await step('coordinator', `${path}/resolve`, 2, { note: 'moved\u0000' });
    expect([nul.status, nul.body.errors[0]]).toEqual([400, expect.objectContaining({ field: 'note', rule: 'noNul' })]);
    const long = await step('coordinator', `${path}/resolve`, 2, { note: 'x'.repeat(2001) });
    expect([long.status, long.body.errors[0]]).toEqual([400, expect.objectContaining({ field: 'note', rule: 'maxLength' })]);
    const noAssignee = await step('coordinator', `${path}/assign`, 2, {});
    expect([noAssignee.status, noAssignee.body.errors[0].field]).toEqual([400, 'assignee']);

    const again = await step('coordinator', `${path}/acknowledge`, 2);
    expect([again.status, again.body.errors[0]]).toEqual([409, expect.objectContaining({ field: 'triage', rule: 'transition' })]);
    expect((await step('coordinator', '/v1/conflicts/01900000-0000-7000-8000-999999999999/acknowledge', 1)).status).toBe(404);

    // Nothing refused was kept or announced.
    expect((await platform.http.get(`${path}/history`).set(bearer('coordinator'))).body.items.map((e: { action: string }) => e.action)).toEqual(['acknowledged']);
    expect((await platform.http.get(path).set(bearer('coordinator'))).body).toMatchObject({ triage: 'acknowledged', version: 2 });
  });

  it('reopens a resolved conflict that the detector finds again, under no staff name', async () => {
    const conflict = await conflictOf('2029-05-08', 'portsmouth');
    const [a] = (await platform.http.get(`/v1/conflicts/${conflict.id}`).set(bearer('coordinator'))).body.engagements as Array<{ id: string; bureau: string; version: number }>;
    expect((await step('coordinator', `/v1/conflicts/${conflict.id}/resolve`, 1, { note: 'Agreed to move.' })).status).toBe(200);
    const change = (body: object, version: number) => platform.http.patch(`/v1/engagements/${a.id}`).set(bearer(a.bureau)).set('If-Match', `"${version}"`).send(body);
    const move = (startsAt: string, endsAt: string, version: number) => change({ startsAt, endsAt }, version);
    const detections = async () => (await platform.events('civic.coordination.conflict.detected')).filter((e) => e.data.conflictId === conflict.id).length;
    // A change that keeps the clash finds it still open: nothing to announce, nothing to reopen.
    expect((await change({ title: 'Renamed' }, a.version)).status).toBe(200);
    expect(await detections()).toBe(1);
    expect((await platform.http.get(`/v1/conflicts/${conflict.id}`).set(bearer('coordinator'))).body).toMatchObject({ triage: 'resolved', version: 2 });
    a.version += 1;
    expect((await move(at('2029-05-15', '18:00'), at('2029-05-15', '19:00'), a.version)).status).toBe(200);
    expect((await platform.http.get(`/v1/conflicts/${conflict.id}`).set(bearer('coordinator'))).body).toMatchObject({ open: false, triage: 'resolved' });
    expect((await move(at('2029-05-08', '18:00'), at('2029-05-08', '19:00'), a.version + 1)).status).toBe(200);
    expect((await platform.http.get(`/v1/conflicts/${conflict.id}`).set(bearer('coordinator'))).body).toMatchObject({ open: true, triage: 'open', note: null, version: 3 });
    const history = (await platform.http.get(`/v1/conflicts/${conflict.id}/history`).set(bearer('coordinator'))).body.items;
    expect(history.at(-1)).toMatchObject({ action: 'redetected', from: 'resolved', to: 'open', actorId: null });
    expect(await detections()).toBe(2);
  });

  it('triages a fatigue alert, one per community and window, and reads it by id with its history', async () => {
    const cully = platform.org('cully-association-of-neighbors');
    await publish('PBOT', '2029-06-01', cully.slug);
    await publish('BES', '2029-06-08', cully.slug);
    const third = await publish('PP&R', '2029-06-20', cully.slug);
    const list = (query: string, who = 'coordinator') => platform.http.get(`/v1/fatigue?organization=${cully.slug}${query}`).set(bearer(who));
    const [alert] = (await list('')).body.items as Array<Alert & { raisedBy: Summary[] }>;
    expect(alert).toMatchObject({ triage: 'open', version: 1, raisedBy: [{ id: third.id }] });

    const one = await platform.http.get(`/v1/fatigue/${alert.id}`).set(bearer('BES'));
    expect([one.status, one.headers.etag, one.body.id]).toEqual([200, '"1"', alert.id]);
    expect((await step('BES', `/v1/fatigue/${alert.id}/acknowledge`, 1)).status).toBe(403);
    expect((await step('coordinator', `/v1/fatigue/${alert.id}/assign`, 1, { assignee: keyIds.coordinator })).body).toMatchObject({ assignee: keyIds.coordinator, version: 2 });
    expect((await step('coordinator', `/v1/fatigue/${alert.id}/resolve`, 1, { note: 'Too late.' })).status).toBe(412);
    const resolved = await step('coordinator', `/v1/fatigue/${alert.id}/resolve`, 2, { note: 'PP&R will co-host with BES on June 8.' });
    expect([resolved.status, resolved.headers.etag, resolved.body.triage]).toEqual([200, '"3"', 'resolved']);

    // A fourth bureau in the same window joins the resolved alert and opens it again: still one row.
    const fourth = await publish('PBOT', '2029-06-22', cully.slug);
    const after = (await list('&triage=all')).body.items as Array<Alert & { raisedBy: Summary[] }>;
    expect(after.map((a) => [a.id, a.triage, a.raisedBy.map((e) => e.id)])).toEqual([[alert.id, 'open', [third.id, fourth.id]]]);
    expect((await list('&q=co-host&triage=all')).body.items).toEqual([]);
    expect((await list(`&assignee=${keyIds.coordinator}`)).body.items.map((a: Alert) => a.id)).toEqual([alert.id]);

    const history = (await platform.http.get(`/v1/fatigue/${alert.id}/history`).set(bearer('coordinator'))).body.items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['assigned', 'resolved', 'redetected']);
    const events = (await platform.events()).filter((e) => e.subject.startsWith('civic.coordination.fatigue.triage.'));
    expect(events.map((e) => e.subject)).toEqual(['civic.coordination.fatigue.triage.assigned', 'civic.coordination.fatigue.triage.resolved']);
    expect(events[1].data).toMatchObject({ fatigueId: alert.id, organizationId: cully.id, organizationName: cully.name, note: 'PP&R will co-host with BES on June 8.', scope: { organizationIds: [cully.id], severity: 'medium' } });
    expect((await platform.http.get('/v1/fatigue/01900000-0000-7000-8000-999999999999').set(bearer('coordinator'))).status).toBe(404);
  });

  it.each([
    ['/v1/conflicts?triage=closed', 'triage'],
    ['/v1/fatigue?assignee=has%20space', 'assignee'],
    ['/v1/fatigue/not-an-id', 'id'],
    ['/v1/fatigue/not-an-id/history', 'id'],
  ])('refuses %s naming %s', async (path, field) => {
    const res = await platform.http.get(path).set(bearer('coordinator'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });
});
