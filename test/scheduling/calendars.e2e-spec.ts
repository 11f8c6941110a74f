import ICAL from 'ical.js';
import { TestNamespace } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from './scheduling-platform.js';

/** `/v1/calendars/*.ics`, parsed by an independent iCalendar parser (ical.js). */
describe('/v1/calendars', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  const keys = { pbot: '', bes: '' };
  const ids = { kenton: '', sunnyside: '', draft: '' };

  const pointIn = (slug: string) => {
    const [lon, lat] = platform.org(slug).representativePoint!;
    return { lat, lon };
  };
  const publish = async (key: string, slug: string, date: string, extra: Record<string, unknown> = {}) => {
    const res = await platform.http
      .post('/v1/engagements')
      .set('Authorization', `Bearer ${key}`)
      .send({ title: `Open house in ${slug}`, kind: 'open_house', startsAt: `${date}T18:00:00`, endsAt: `${date}T20:00:00`, location: { address: slug, ...pointIn(slug) }, ...extra });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    ids.kenton = await publish(keys.pbot, 'kenton', '2027-02-10');
    ids.sunnyside = await publish(keys.bes, 'sunnyside', '2027-02-11');
    ids.draft = await publish(keys.pbot, 'kenton', '2027-02-12', { status: 'draft' });
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  /** Fetches a feed without any key, as a calendar app does, and parses it. */
  async function feed(path: string) {
    const res = await platform.http.get(`/v1/calendars/${path}`).buffer(true).parse((r, done) => {
      let text = '';
      r.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      r.on('end', () => done(null, text));
    });
    expect([path, res.status]).toEqual([path, 200]);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(res.body as string));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('America/Los_Angeles');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byId = new Map(events.map((e) => [e.uid.split('@')[0], e]));
    return { events, byId };
  }

  it('serves the city feed to anyone, with every published engagement and no draft', async () => {
    const { byId } = await feed('city.ics');
    expect([...byId.keys()].sort()).toEqual([ids.kenton, ids.sunnyside].sort());
    const kenton = byId.get(ids.kenton)!;
    expect(kenton.summary).toBe('Open house in kenton');
    expect(kenton.startDate.toString()).toBe('2027-02-10T18:00:00');
    expect(kenton.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Los_Angeles');
  });

  it('serves a bureau’s, a council district’s and an organization’s feed', async () => {
    expect([...(await feed('bureaus/PBOT.ics')).byId.keys()]).toEqual([ids.kenton]);
    expect([...(await feed('bureaus/BES.ics')).byId.keys()]).toEqual([ids.sunnyside]);
    const kentonDistrict = platform.org('kenton').councilDistricts[0];
    expect([...(await feed(`districts/${kentonDistrict}.ics`)).byId.keys()]).toContain(ids.kenton);
    expect([...(await feed(`districts/${kentonDistrict}.ics`)).byId.keys()]).not.toContain(ids.sunnyside);
    expect([...(await feed('organizations/kenton.ics')).byId.keys()]).toEqual([ids.kenton]);
    // A district coalition's feed holds the engagements in the associations it serves.
    const coalition = platform.records.find((r) => r.id === platform.org('kenton').parentId)!;
    expect([...(await feed(`organizations/${coalition.slug}.ics`)).byId.keys()]).toEqual([ids.kenton]);
    expect((await feed('bureaus/PHB.ics')).events).toEqual([]);
  });

  it('keeps the UID, raises SEQUENCE on each change and marks a cancellation', async () => {
    const before = (await feed('city.ics')).byId.get(ids.kenton)!;
    const moved = await platform.http
      .patch(`/v1/engagements/${ids.kenton}`)
      .set('Authorization', `Bearer ${keys.pbot}`)
      .set('If-Match', '1')
      .send({ startsAt: '2027-02-10T17:30:00', endsAt: '2027-02-10T19:30:00' });
    expect(moved.status).toBe(200);
    const after = (await feed('city.ics')).byId.get(ids.kenton)!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.startDate.toString()).toBe('2027-02-10T17:30:00');

    await platform.http.post(`/v1/engagements/${ids.kenton}/cancel`).set('Authorization', `Bearer ${keys.pbot}`).send({});
    const cancelled = (await feed('city.ics')).byId.get(ids.kenton)!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(after.sequence);
  });

  it('answers 404 for an unknown organization and 400 for a malformed bureau or district', async () => {
    const unknown = await platform.http.get('/v1/calendars/organizations/no-such-place.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect((await platform.http.get('/v1/calendars/bureaus/pbot.ics')).body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    expect((await platform.http.get('/v1/calendars/districts/north.ics')).status).toBe(400);
  });
});
