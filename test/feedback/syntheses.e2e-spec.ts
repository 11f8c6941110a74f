import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { SynthesisView } from '#libs/contracts';
import { TestNamespace } from '#libs/testing';
import { SynthesisRunner } from '../../apps/feedback/src/syntheses/synthesis.runner.js';
import { startFeedbackPlatform, type FeedbackPlatform } from './feedback-platform.js';

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/feedback/three-themes.json'), 'utf8')) as { themes: Record<string, string[]> };

/** Synthesis jobs through the gateway: themes found or given, progress and completion events, later comments, answers and reports. */
describe('syntheses', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null, extra: { FEEDBACK_JOB_POLL_MS: '0', THEME_EMERGING_THRESHOLD: '3' } });
  let platform: FeedbackPlatform | undefined;
  let db: pg.Client;
  const keys = { coordinator: '', pbot: '', bes: '' };
  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const runner = () => platform!.feedback.get(SynthesisRunner);
  const events = async (subject: string, aggregate?: string): Promise<Array<Record<string, unknown>>> =>
    (await db.query(`SELECT envelope FROM outbox_event WHERE subject = $1 ${aggregate ? 'AND aggregate_id = $2' : ''} ORDER BY seq`, aggregate ? [subject, aggregate] : [subject])).rows.map(
      (r: { envelope: { data: Record<string, unknown> } }) => r.envelope.data,
    );

  async function synthesize(body: object, key = keys.pbot): Promise<SynthesisView> {
    const accepted = await platform!.http.post('/v1/syntheses').set(bearer(key)).send(body);
    expect(accepted.status).toBe(202);
    expect(accepted.headers.location).toBe(`/v1/syntheses/${accepted.body.id}`);
    await runner().idle();
    const done = await platform!.http.get(`/v1/syntheses/${accepted.body.id}`).set(bearer(key));
    expect(done.status).toBe(200);
    return done.body;
  }

  beforeAll(async () => {
    platform = await startFeedbackPlatform(env);
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.pbot = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    keys.bes = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    db = new pg.Client({ connectionString: ns.databaseUrl('feedback') });
    await db.connect();
    const comments = Object.entries(fixture.themes).flatMap(([truth, texts]) =>
      texts.map((text, i) => ({ text, externalId: `${truth}-${i}`, neighborhood: i % 2 ? 'Kenton' : 'Sellwood' })),
    );
    const res = await platform.http.post('/v1/comments:batch').set(bearer(keys.pbot)).send({ comments });
    expect(res.status).toBe(201);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.close();
    await ns.cleanup();
  });

  let synthesisId = '';

  it('finds the themes of a bureau’s comments as a job, with progress and a synthesized event', async () => {
    const view = await synthesize({ scope: { bureau: 'PBOT' } });
    synthesisId = view.id;
    expect(view).toMatchObject({ status: 'done', stage: 'done', percent: 100, commentCount: 30, givenThemes: false });
    expect(view.method?.chosenBy).toBe('silhouette');
    expect(view.themes).toHaveLength(3);
    for (const theme of view.themes) {
      expect(theme.size).toBeGreaterThanOrEqual(8);
      expect(theme.quotes.length).toBeGreaterThanOrEqual(3);
      expect(theme.neighborhoods).toMatchObject({ Kenton: expect.any(Number), Sellwood: expect.any(Number) });
      expect(theme).not.toHaveProperty('signature');
    }
    const members = await db.query(`SELECT c.external_id, a.theme_key FROM theme_assignment a JOIN comment c ON c.id = a.comment_id WHERE a.synthesis_id = $1`, [view.id]);
    const themesOf = (subject: string) => new Set(members.rows.filter((r) => r.external_id.startsWith(subject)).map((r) => r.theme_key));
    for (const subject of ['parking', 'trees', 'buses']) expect(themesOf(subject).size).toBe(1);

    const progress = await events('civic.feedback.synthesis.progress', view.id);
    expect(progress.map((p) => p.stage)).toEqual(['queued', 'analyzing', 'clustering', 'describing', 'done']);
    const [synthesized] = await events('civic.feedback.synthesized', view.id);
    expect(synthesized).toMatchObject({ synthesisId: view.id, commentCount: 30, scope: { bureaus: ['PBOT'] } });
    expect((synthesized.themes as unknown[]).length).toBe(3);
  });

  it('gives the same themes for the same comments', async () => {
    const again = await synthesize({ scope: { bureau: 'PBOT' } });
    const first = await platform!.http.get(`/v1/syntheses/${synthesisId}`).set(bearer(keys.pbot));
    const shape = (v: { themes: Array<{ label: string; size: number; quotes: unknown }> }) => v.themes.map((t) => [t.label, t.size, t.quotes]);
    expect(shape(again as never)).toEqual(shape(first.body));
  });

  it('assigns comments to themes staff give', async () => {
    const view = await synthesize({ scope: { bureau: 'PBOT' }, themes: [{ label: 'Parking downtown' }, { label: 'Bus service', description: 'frequency, stops, routes and fares' }, { label: 'Street trees and shade' }] });
    expect(view.givenThemes).toBe(true);
    expect(view.themes.map((t: { label: string }) => t.label)).toEqual(['Parking downtown', 'Bus service', 'Street trees and shade']);
    const members = await db.query(`SELECT c.external_id, a.theme_key FROM theme_assignment a JOIN comment c ON c.id = a.comment_id WHERE a.synthesis_id = $1 AND a.theme_key IS NOT NULL`, [view.id]);
    const subjects = ['parking', 'buses', 'trees'];
    for (const row of members.rows) expect(row.external_id.split('-')[0]).toBe(subjects[row.theme_key]);
    expect(members.rows.length).toBeGreaterThanOrEqual(28);
  });

  it('places later comments on the themes, and raises theme.emerging when enough fit none', async () => {
    const later = [
      'Parking near the clinic is impossible after work.',
      'The bus shelter at our stop leaks when it rains.',
      'Library opening hours should include Sunday.',
      'Open the library on Sunday mornings for families.',
      'Longer library hours would help students study.',
    ].map((text) => ({ text }));
    expect((await platform!.http.post('/v1/comments:batch').set(bearer(keys.pbot)).send({ comments: later })).status).toBe(201);
    runner().kick();
    await runner().idle();
    const view = (await platform!.http.get(`/v1/syntheses/${synthesisId}`).set(bearer(keys.pbot))).body;
    expect(view.laterAssigned).toBe(2);
    expect(view.laterUnassigned).toBe(3);
    const emerging = await events('civic.feedback.theme.emerging', synthesisId);
    expect(emerging).toHaveLength(1);
    expect(emerging[0]).toMatchObject({ synthesisId, unassignedCount: 3, scope: { bureaus: ['PBOT'], severity: 'medium' } });
    expect(emerging[0].keyphrases as string[]).toContain('library');

    runner().kick();
    await runner().idle();
    expect(await events('civic.feedback.theme.emerging', synthesisId)).toHaveLength(1);
  });

  it('records a bureau’s answer to a theme and shows it in the reports', async () => {
    const noReason = await platform!.http.put(`/v1/syntheses/${synthesisId}/themes/0/response`).set(bearer(keys.pbot)).send({ status: 'not_adopted', response: 'We cannot do this now.' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    const answered = await platform!.http
      .put(`/v1/syntheses/${synthesisId}/themes/0/response`)
      .set(bearer(keys.pbot))
      .send({ status: 'not_adopted', response: 'We looked at it <carefully>.', reason: 'No budget this year.' });
    expect(answered.status).toBe(200);
    expect(answered.body.themes[0].response).toMatchObject({ status: 'not_adopted', reason: 'No budget this year.' });
    expect((await platform!.http.put(`/v1/syntheses/${synthesisId}/themes/9/response`).set(bearer(keys.pbot)).send({ status: 'heard', response: 'ok' })).status).toBe(404);
    const nul = await platform!.http.put(`/v1/syntheses/${synthesisId}/themes/0/response`).set(bearer(keys.pbot)).send({ status: 'heard', response: 'We heard\u0000 you.' });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([expect.objectContaining({ field: 'response', message: 'response must not contain NUL characters (U+0000)' })]);

    const json = await platform!.http.get(`/v1/syntheses/${synthesisId}/report`).set(bearer(keys.pbot));
    expect(json.status).toBe(200);
    expect(json.body.themes[0].response.status).toBe('not_adopted');

    const html = await platform!.http.get(`/v1/syntheses/${synthesisId}/report.html`).set(bearer(keys.pbot));
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('<h1>What we heard</h1>');
    expect(html.text).toContain('We looked at it &lt;carefully&gt;.');
    expect(html.text).toContain(json.body.themes[1].quotes[0].text.replace(/'/g, '&#39;'));

    const csv = await platform!.http.get(`/v1/syntheses/${synthesisId}/report.csv`).set(bearer(keys.pbot));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('theme,size,share,keyphrases,quote_1,quote_2,quote_3,status,response,reason,council_districts,neighborhoods');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('not_adopted');
  });

  it('keeps a bureau to its own comments and syntheses', async () => {
    expect((await platform!.http.get(`/v1/syntheses/${synthesisId}`).set(bearer(keys.bes))).status).toBe(404);
    expect((await platform!.http.post('/v1/syntheses').set(bearer(keys.bes)).send({ scope: { bureau: 'PBOT' } })).status).toBe(403);
    expect((await platform!.http.get(`/v1/syntheses/${synthesisId}`).set(bearer(keys.coordinator))).status).toBe(200);
  });

  it('refuses a synthesis without a scope, and changes nothing', async () => {
    const before = (await db.query('SELECT count(*)::int AS n FROM synthesis')).rows[0].n;
    const res = await platform!.http.post('/v1/syntheses').set(bearer(keys.coordinator)).send({ scope: {} });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('scope');
    const bad = await platform!.http.post('/v1/syntheses').set(bearer(keys.coordinator)).send({ scope: { councilDistrict: 'five' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('scope.councilDistrict');
    const nul = await platform!.http.post('/v1/syntheses').set(bearer(keys.coordinator)).send({ scope: { bureau: 'PBOT' }, themes: [{ label: 'Safe\u0000 crossings' }] });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([expect.objectContaining({ field: 'themes.0.label', rule: 'noNul' })]);
    expect((await db.query('SELECT count(*)::int AS n FROM synthesis')).rows[0].n).toBe(before);
  });
});
