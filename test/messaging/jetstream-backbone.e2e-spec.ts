import type { INestApplication } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { v7 as uuidv7 } from 'uuid';
import { describeQueries } from './queries.js';
import { ProbePublisher, ProbeReceiptRepository, TEST_NATS_URL, TestNamespace, eventually, readDeadLetters, probeEnvelope, startProbeApp } from '#libs/testing';

/** The backbone over the shared NATS JetStream: delivery, dead letters, shared durable consumers. */
describe('event backbone over NATS JetStream', () => {
  const ns = new TestNamespace();
  const apps: INestApplication[] = [];
  let producer: INestApplication;
  let consumerA: INestApplication;
  let consumerB: INestApplication;

  beforeAll(async () => {
    const fast = { QUERY_TIMEOUT_MS: '500', MESSAGING_RETRY_BASE_MS: '50', MESSAGING_RETRY_MAX_MS: '200', MESSAGING_MAX_DELIVERIES: '3', OUTBOX_POLL_MS: '200' };
    producer = await startProbeApp({ service: 'producer', env: ns.env({ extra: fast }), consume: false });
    consumerA = await startProbeApp({ service: 'consumer', env: ns.env({ extra: fast }), consume: true, replica: 'a' });
    consumerB = await startProbeApp({ service: 'consumer', env: ns.env({ extra: fast }), consume: true, replica: 'b' });
    apps.push(producer, consumerA, consumerB);
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await ns.cleanup();
  });

  const receipts = () => consumerA.get(ProbeReceiptRepository).summary();

  it('(e) two replicas share one durable consumer: 2,000 events, each handled once, both did work', async () => {
    const seqs = Array.from({ length: 2000 }, (_, i) => i);
    await producer.get(ProbePublisher).publish('shared', seqs, { perTransaction: 200 });
    const summary = await eventually(receipts, (s) => s.rows >= 2000);
    await new Promise((r) => setTimeout(r, 500));
    const settled = await receipts();
    expect(settled.rows).toBe(2000);
    expect(settled.distinctEvents).toBe(2000);
    expect(settled.maxPerEvent).toBe(1);
    expect(summary.byReplica.a).toBeGreaterThan(0);
    expect(summary.byReplica.b).toBeGreaterThan(0);
  });

  it('(c) a handler that always throws: dead letter after max deliveries with the reason, while others flow', async () => {
    const before = (await receipts()).rows;
    await producer.get(ProbePublisher).publish('poison', [9000, 9001, 9002, 9003], { failAlways: (s) => s === 9001, perTransaction: 4 });
    await eventually(receipts, (s) => s.rows >= before + 3);
    const letters = await eventually(
      () => readDeadLetters(TEST_NATS_URL, ns.prefix),
      (l) => l.some((d) => d.record.reason === 'handler-failed'),
    );
    const letter = letters.find((d) => d.record.reason === 'handler-failed')!;
    expect(letter.subject).toBe(`${ns.prefix}.civic.deadletter.consumer.civic.intake.probe.recorded`);
    expect(letter.record.error).toBe('probe 9001 is told to fail');
    expect(letter.record.consumer).toBe('consumer__civic_intake_probe_recorded');
    expect(letter.record.deliveryCount).toBe(3);
    expect(JSON.parse(letter.record.message).data.seq).toBe(9001);
    expect((await receipts()).rows).toBe(before + 3);
  });

  it('(d) a malformed envelope and an invalid payload go to the dead letter at once, nothing else disturbed', async () => {
    const before = (await receipts()).rows;
    const nc = await connect({ servers: TEST_NATS_URL });
    const subject = `${ns.prefix}.civic.intake.probe.recorded`;
    const invalidPayload = probeEnvelope(uuidv7(), 'c-1', { seq: -4, run: 'bad' });
    try {
      const js = jetstream(nc);
      await js.publish(subject, 'this is {not json');
      await js.publish(subject, JSON.stringify({ hello: 'world' }));
      await js.publish(subject, JSON.stringify(invalidPayload));
    } finally {
      await nc.close();
    }
    await producer.get(ProbePublisher).publish('after-bad', [7000]);
    await eventually(receipts, (s) => s.rows >= before + 1);
    const letters = await eventually(
      () => readDeadLetters(TEST_NATS_URL, ns.prefix),
      (l) => l.filter((d) => d.record.reason !== 'handler-failed').length >= 3,
    );
    const bad = letters.filter((d) => d.record.reason !== 'handler-failed');
    expect(bad.map((d) => d.record.reason).sort()).toEqual(['invalid-envelope', 'invalid-envelope', 'invalid-payload']);
    for (const d of bad) expect(d.record.deliveryCount).toBe(1);
    const payload = bad.find((d) => d.record.reason === 'invalid-payload')!;
    expect(payload.record.validationErrors).toEqual(['seq: seq must not be less than 0']);
    expect(payload.record.eventId).toBe(invalidPayload.id);
    expect(bad.find((d) => d.record.message === 'this is {not json')!.record.error).toMatch(/not JSON/);
    expect((await receipts()).rows).toBe(before + 1);
  });
  describeQueries('NATS request/reply', () => ({ asker: producer, answerer: consumerA }));
});
