import type { INestApplication } from '@nestjs/common';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import request from 'supertest';
import { createServiceApp } from '#libs/messaging';
import { TEST_NATS_URL, TestNamespace, eventually, readDeadLetters } from '#libs/testing';
import { FeedbackModule } from '../../apps/feedback/src/feedback.module.js';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { feedbackIntake } from './feedback-platform.js';

/** A bureau publishes comments on real NATS JetStream; the feedback service stores them and its relay publishes feedback.received. */
describe('feedback intake over NATS JetStream', () => {
  const ns = new TestNamespace();
  // A 5,000-comment batch takes 1-2 s here and more on a busy machine: the 3 s default query timeout would answer 503.
  const env = ns.env({ extra: { FEEDBACK_JOB_POLL_MS: '0', MESSAGING_RETRY_BASE_MS: '50', MESSAGING_RETRY_MAX_MS: '200', MESSAGING_MAX_DELIVERIES: '2', QUERY_TIMEOUT_MS: '30000' } });
  let feedback: INestApplication | undefined;
  let gateway: INestApplication | undefined;
  let nc: NatsConnection;
  let db: pg.Client;

  beforeAll(async () => {
    feedback = await createServiceApp(FeedbackModule.forRoot({ env, probes: false }));
    await feedback.init();
    gateway = await createServiceApp(GatewayModule.forRoot({ env }));
    configureGatewayHttp(gateway);
    await gateway.init();
    nc = await connect({ servers: TEST_NATS_URL });
    db = new pg.Client({ connectionString: ns.databaseUrl('feedback') });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await nc?.close();
    await gateway?.close();
    await feedback?.close();
    await ns.cleanup();
  });

  it('stores a bureau’s comments once, even when the event is published twice, and publishes one feedback.received', async () => {
    const { id, body } = feedbackIntake('BES', { comments: [{ text: 'The creek behind our school floods every winter.', source: 'survey' }, { text: 'Please clear the storm drains on Holgate before the rains.' }] });
    const js = jetstream(nc);
    await js.publish(`${ns.prefix}.civic.intake.feedback.BES`, body, { msgID: id });
    // A second delivery of the same event (a bureau retrying after a lost ack, outside the duplicate window).
    await js.publish(`${ns.prefix}.civic.intake.feedback.BES`, body, { msgID: uuidv7() });

    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM inbox_event`)).rows[0].n as number, (n) => n >= 1, { timeoutMs: 30_000 });
    const stored = await eventually(
      async () => (await db.query(`SELECT bureau, source, language FROM comment ORDER BY source`)).rows,
      (rows) => rows.length >= 2,
      { timeoutMs: 30_000 },
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(stored).toEqual([
      { bureau: 'BES', source: 'other', language: 'en' },
      { bureau: 'BES', source: 'survey', language: 'en' },
    ]);
    expect((await db.query(`SELECT count(*)::int AS n FROM comment`)).rows[0].n).toBe(2);

    const jsm = await jetstreamManager(nc);
    const published = await eventually(
      async () => {
        try {
          return await jsm.streams.getMessage(`${ns.prefix}_CIVIC_FEEDBACK`, { last_by_subj: `${ns.prefix}.civic.feedback.received` });
        } catch {
          return null;
        }
      },
      (m) => m !== null,
      { timeoutMs: 30_000 },
    );
    const event = published!.json<{ type: string; bureau: string; data: { count: number; channel: string } }>();
    expect(event).toMatchObject({ type: 'gov.civic.feedback.received.v1', bureau: 'BES', data: { count: 2, channel: 'nats' } });
  });

  it('refuses comments whose envelope names another bureau than the subject: dead-lettered with the reason, nothing stored', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM comment`)).rows[0].n as number;
    const { id, body } = feedbackIntake('PBOT', { comments: [{ text: 'Posted on another bureau’s subject.' }] });
    await jetstream(nc).publish(`${ns.prefix}.civic.intake.feedback.BES`, body, { msgID: id });
    const letters = await eventually(
      () => readDeadLetters(TEST_NATS_URL, ns.prefix),
      (l) => l.some((d) => JSON.parse(d.record.message).id === id),
      { timeoutMs: 30_000 },
    );
    const letter = letters.find((d) => JSON.parse(d.record.message).id === id)!;
    expect(letter.record.error).toBe('bureau: the envelope names bureau PBOT but was published on the subject of BES');
    expect((await db.query(`SELECT count(*)::int AS n FROM comment`)).rows[0].n).toBe(before);
  });

  it('takes a batch of 5,000 comments through the gateway, though it is larger than one NATS message', async () => {
    const out: string[] = [];
    await runKeysCreate(['--role', 'bureau', '--bureau', 'PBOT'], env, { stdout: (l) => out.push(l), stderr: () => undefined });
    const comments = Array.from({ length: 5000 }, (_, i) => ({ text: `Comment ${i}: the crossing at Lombard and Denver needs a signal, drivers do not stop for people walking, and children cross there every morning on the way to school while trucks speed through without slowing down at all.`, source: 'survey' }));
    expect(JSON.stringify({ comments }).length).toBeGreaterThan(1_048_576);
    const before = (await db.query(`SELECT count(*)::int AS n FROM comment`)).rows[0].n as number;
    const res = await request(gateway!.getHttpServer()).post('/v1/comments:batch').set('Authorization', `Bearer ${out[0]}`).send({ comments });
    expect(res.status).toBe(201);
    expect(res.body.accepted).toBe(5000);
    expect((await db.query(`SELECT count(*)::int AS n FROM comment`)).rows[0].n).toBe(before + 5000);
    // It travelled through the payload bucket, which keeps only a small delete marker once it is read.
    const jsm = await jetstreamManager(nc);
    const bucket = `OBJ_${ns.prefix}_civic_payloads`;
    await eventually(async () => (await jsm.streams.info(bucket)).state.bytes, (bytes) => bytes < 16 * 1024, { timeoutMs: 10_000 });
  });
});
