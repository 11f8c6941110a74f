import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { TestNamespace, eventually } from '#libs/testing';
import { feedbackIntake, startFeedbackPlatform, type FeedbackPlatform } from './feedback-platform.js';

const POOL_SIZE = 3;
const SUBMITS = 20;

/** A burst of comment submits larger than the feedback service's connection pool queues for connections; it never deadlocks. */
describe('comment intake under a burst larger than the pool', () => {
  const ns = new TestNamespace();
  // A long query timeout: a deadlock must show as requests that never finish, not as 503s after 3 s.
  const env = ns.env({ natsUrl: null, extra: { DATABASE_POOL_SIZE: String(POOL_SIZE), QUERY_TIMEOUT_MS: '120000' } });
  let platform: FeedbackPlatform | undefined;
  let db: pg.Client;
  let key = '';

  beforeAll(async () => {
    platform = await startFeedbackPlatform(env);
    key = await platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    db = new pg.Client({ connectionString: ns.databaseUrl('feedback') });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await platform?.close();
    await ns.cleanup();
  });

  it(`stores ${SUBMITS} concurrent submits (single, batch and bus intake) exactly once each with a pool of ${POOL_SIZE}`, async () => {
    const run = uuidv7();
    const requests = Array.from({ length: SUBMITS }, (_, i) => {
      const post = (path: string, body: object) => platform!.http.post(path).set('Authorization', `Bearer ${key}`).send(body);
      return i % 2 === 0
        ? post('/v1/comments', { text: `Burst ${run} single ${i}: the crossing needs a signal.`, externalId: `${run}-${i}` })
        : post('/v1/comments:batch', { comments: [0, 1, 2].map((j) => ({ text: `Burst ${run} batch ${i}.${j}: more buses please.`, externalId: `${run}-${i}.${j}` })) });
    });
    const intake = Array.from({ length: 5 }, (_, i) => {
      const { id, body } = feedbackIntake('PBOT', { comments: [{ text: `Burst ${run} bus ${i}: the sidewalk is broken.`, externalId: `${run}-bus-${i}` }] });
      return platform!.broker.publish(`${ns.prefix}.civic.intake.feedback.PBOT`, id, body, id);
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the burst did not finish within 90 s: feedback is deadlocked')), 90_000);
    });
    try {
      const answers = await Promise.race([Promise.all([...requests, ...intake]), deadline]);
      const statuses = answers.slice(0, SUBMITS).map((res) => (res as { status: number }).status);
      expect(statuses).toEqual(Array.from({ length: SUBMITS }, () => 201));
    } finally {
      clearTimeout(timer);
    }

    const expected = (SUBMITS / 2) * 1 + (SUBMITS / 2) * 3 + 5;
    const stored = async () => {
      const { rows } = await db.query<{ external_id: string; n: string }>(
        `SELECT external_id, count(*) AS n FROM comment WHERE external_id LIKE $1 GROUP BY external_id`,
        [`${run}-%`],
      );
      return rows;
    };
    const rows = await eventually(stored, (r) => r.length === expected, { timeoutMs: 60_000 });
    expect(rows.filter((r) => r.n !== '1')).toEqual([]);
  }, 180_000);
});
