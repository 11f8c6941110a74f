import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { EngagementChangedV1 } from '#libs/contracts';
import { TestNamespace, eventually } from '#libs/testing';
import { ReportBackService } from '../../apps/feedback/src/report-backs/report-back.service.js';
import { SynthesisRunner } from '../../apps/feedback/src/syntheses/synthesis.runner.js';
import { engagementChanged, startFeedbackPlatform, type FeedbackPlatform } from './feedback-platform.js';

const DAY = 86_400_000;

/** Report-backs through the gateway and the overdue watch, on a clock the test moves. */
describe('report-backs', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null, extra: { FEEDBACK_JOB_POLL_MS: '0' } });
  let platform: FeedbackPlatform | undefined;
  let db: pg.Client;
  const keys = { pbot: '', bes: '' };
  const heldAt = new Date('2026-09-01T19:00:00.000Z');
  let clock = new Date('2026-09-02T00:00:00.000Z');
  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const held = uuidv7();
  const scheduled = uuidv7();

  const engagementEvent = (id: string, status: 'scheduled' | 'held', version: number) => engagementChanged(id, 'PBOT', status, version, heldAt);
  const deliver = (subject: string, data: EngagementChangedV1) => platform!.deliver(subject, data, data.engagement.id);

  const overdue = async () =>
    (await db.query(`SELECT envelope FROM outbox_event WHERE subject = 'civic.coordination.reportback.overdue' ORDER BY seq`)).rows.map((r) => r.envelope.data);
  const check = async (days: number) => {
    clock = new Date(heldAt.getTime() + days * DAY);
    return platform!.feedback.get(ReportBackService).checkOverdue();
  };

  beforeAll(async () => {
    platform = await startFeedbackPlatform(env, { now: () => clock });
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    db = new pg.Client({ connectionString: ns.databaseUrl('feedback') });
    await db.connect();
    await deliver('civic.engagement.scheduled', engagementEvent(held, 'scheduled', 1));
    await deliver('civic.engagement.held', engagementEvent(held, 'held', 2));
    await deliver('civic.engagement.scheduled', engagementEvent(scheduled, 'scheduled', 1));
    for (let i = 0; i < 100; i++) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM engagement_reference WHERE status = 'held' OR id = $1`, [scheduled]);
      if (rows[0].n === 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  afterAll(async () => {
    await db?.end();
    await platform?.close();
    await ns.cleanup();
  });

  it('raises reportback.overdue once after 45 days, then weekly', async () => {
    expect(await check(45)).toBe(0);
    expect(await check(46)).toBe(1);
    expect(await check(47)).toBe(0);
    expect(await check(52)).toBe(0);
    expect(await check(53)).toBe(1);
    const notices = await overdue();
    expect(notices.map((n) => [n.notice, n.daysSinceHeld])).toEqual([
      [1, 46],
      [2, 53],
    ]);
    expect(notices[0]).toMatchObject({ engagement: { id: held, bureau: 'PBOT', title: 'Lombard Street safety listening session' }, heldAt: heldAt.toISOString(), scope: { bureaus: ['PBOT'], councilDistricts: ['2'] } });
  });

  it('lists an engagement as overdue once its deadline passed, for any key, oldest first', async () => {
    const list = async (query = '') => {
      const res = await platform!.http.get(`/v1/report-backs/overdue${query}`).set(bearer(keys.bes));
      expect(res.status).toBe(200);
      return res.body as { items: Array<Record<string, unknown>>; nextCursor: string | null };
    };
    clock = new Date(heldAt.getTime() + 45 * DAY);
    expect((await list()).items).toEqual([]);
    clock = new Date(heldAt.getTime() + 53 * DAY);
    const page = await list();
    expect(page).toEqual({
      items: [
        {
          engagement: expect.objectContaining({ id: held, bureau: 'PBOT', title: 'Lombard Street safety listening session' }),
          heldAt: heldAt.toISOString(),
          dueAt: new Date(heldAt.getTime() + 45 * DAY).toISOString(),
          daysSinceHeld: 53,
          notices: 2,
        },
      ],
      nextCursor: null,
    });
    expect((await list('?bureau=BES')).items).toEqual([]);
    expect((await list(`?from=${encodeURIComponent(new Date(heldAt.getTime() + 1000).toISOString())}`)).items).toEqual([]);
    const bad = await platform!.http.get('/v1/report-backs/overdue?cursor=bm90LW91cnM').set(bearer(keys.bes));
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('cursor');
    const badBureau = await platform!.http.get('/v1/report-backs/overdue?bureau=pbot').set(bearer(keys.bes));
    expect(badBureau.body.errors).toEqual([expect.objectContaining({ field: 'bureau' })]);
  });

  it('publishes a report-back with the bureau’s answers, which ends the overdue notices', async () => {
    const comments = ['Lombard needs safer crossings near the school.', 'Crossing Lombard with kids is scary, add a signal.', 'Trucks speed on Lombard at night.', 'Slow the trucks on Lombard with cameras.', 'Add a crossing signal at Lombard and Denver.', 'Speeding trucks make Lombard dangerous.'];
    await platform!.http.post('/v1/comments:batch').set(bearer(keys.pbot)).send({ comments: comments.map((text) => ({ text, engagementId: held })) });
    const synthesis = await platform!.http.post('/v1/syntheses').set(bearer(keys.pbot)).send({ scope: { engagementIds: [held] }, themes: [{ label: 'Safe crossings' }, { label: 'Truck speeding' }] });
    await platform!.feedback.get(SynthesisRunner).idle();
    await platform!.http.put(`/v1/syntheses/${synthesis.body.id}/themes/0/response`).set(bearer(keys.pbot)).send({ status: 'adopted', response: 'A signal at Lombard and Denver is funded for 2027.' });

    const missing = await platform!.http.post(`/v1/engagements/${held}/report-back`).set(bearer(keys.pbot)).send({ whatWeHeard: 'Crossings and speeding.' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('whatWeDid');

    clock = new Date(heldAt.getTime() + 55 * DAY);
    const res = await platform!.http
      .post(`/v1/engagements/${held}/report-back`)
      .set(bearer(keys.pbot))
      .send({ whatWeHeard: 'Crossings and speeding.', whatWeDid: 'We funded a signal.', synthesisId: synthesis.body.id, reportUrl: 'https://www.portland.gov/transportation/lombard' });
    expect(res.status).toBe(201);
    expect(res.body.themes).toEqual([{ theme: 'Safe crossings', status: 'adopted', response: 'A signal at Lombard and Denver is funded for 2027.', reason: null }]);
    const { rows } = await db.query(`SELECT envelope FROM outbox_event WHERE subject = 'civic.feedback.response.published'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].envelope.data).toMatchObject({
      reportBackId: res.body.id,
      engagement: { id: held },
      whatWeDid: 'We funded a signal.',
      publishedAt: clock.toISOString(),
      scope: { bureaus: ['PBOT'], councilDistricts: ['2'] },
    });

    expect(await check(70)).toBe(0);
    expect(await overdue()).toHaveLength(2);
    expect((await platform!.http.get('/v1/report-backs/overdue').set(bearer(keys.pbot))).body.items).toEqual([]);
  });

  it('refuses report-backs for engagements not held, unknown or of another bureau', async () => {
    const body = { whatWeHeard: 'x', whatWeDid: 'y' };
    expect((await platform!.http.post(`/v1/engagements/${scheduled}/report-back`).set(bearer(keys.pbot)).send(body)).status).toBe(409);
    expect((await platform!.http.post(`/v1/engagements/${uuidv7()}/report-back`).set(bearer(keys.pbot)).send(body)).status).toBe(404);
    expect((await platform!.http.post(`/v1/engagements/${held}/report-back`).set(bearer(keys.bes)).send(body)).status).toBe(404);
    expect((await db.query(`SELECT count(*)::int AS n FROM report_back`)).rows[0].n).toBe(1);
  });

  it('pages the overdue list held longest ago first', async () => {
    const ids = [uuidv7(), uuidv7(), uuidv7()];
    for (const [i, id] of ids.entries()) {
      const event = engagementEvent(id, 'held', 2);
      const at = new Date(heldAt.getTime() + (2 - i) * DAY).toISOString();
      await deliver('civic.engagement.held', { ...event, engagement: { ...event.engagement, bureau: 'BES', heldAt: at } });
    }
    clock = new Date(heldAt.getTime() + 60 * DAY);
    const page = (cursor?: string) => platform!.http.get(`/v1/report-backs/overdue?bureau=BES&limit=2${cursor ? `&cursor=${cursor}` : ''}`).set(bearer(keys.pbot));
    const first = await eventually(async () => (await page()).body, (b) => b.items?.length === 2, { timeoutMs: 10_000, everyMs: 50 });
    expect(first.items.map((o: { engagement: { id: string } }) => o.engagement.id)).toEqual([ids[2], ids[1]]);
    expect(first.items.map((o: { daysSinceHeld: number }) => o.daysSinceHeld)).toEqual([60, 59]);
    const second = (await page(first.nextCursor)).body;
    expect(second).toEqual({ items: [expect.objectContaining({ engagement: expect.objectContaining({ id: ids[0] }), daysSinceHeld: 58, notices: 0 })], nextCursor: null });
  });
});
