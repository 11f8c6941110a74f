import type { INestApplication } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { InProcessBroker } from '#libs/messaging';
import { ProbePublisher, ProbeReceiptRepository, TestNamespace, eventually, probeEnvelope, startProbeApp } from '#libs/testing';
import { describeQueries } from './queries.js';

/** The same contract as JetStream, in one process: replicas, retries, dead letters, duplicate window, queries. */
describe('event backbone in process', () => {
  const ns = new TestNamespace();
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 32 });
  const env = ns.env({
    natsUrl: null,
    extra: { MESSAGING_RETRY_BASE_MS: '20', MESSAGING_RETRY_MAX_MS: '100', MESSAGING_MAX_DELIVERIES: '3', OUTBOX_POLL_MS: '200', QUERY_TIMEOUT_MS: '500' },
  });
  let producer: INestApplication;
  let consumerA: INestApplication;
  let consumerB: INestApplication;

  beforeAll(async () => {
    producer = await startProbeApp({ service: 'producer', env, consume: false, broker });
    consumerA = await startProbeApp({ service: 'consumer', env, consume: true, replica: 'a', broker });
    consumerB = await startProbeApp({ service: 'consumer', env, consume: true, replica: 'b', broker });
  });

  afterAll(async () => {
    for (const app of [producer, consumerA, consumerB]) await app?.close();
    broker.close();
    await ns.cleanup([]);
  });

  const receipts = () => consumerA.get(ProbeReceiptRepository).summary();
  const subject = `${ns.prefix}.civic.intake.probe.recorded`;

  it('(e) two replicas share one consumer group: 2,000 events, each handled once, both did work', async () => {
    await producer.get(ProbePublisher).publish('shared', Array.from({ length: 2000 }, (_, i) => i), { perTransaction: 200 });
    // Generous: on a loaded machine 2,000 events through one process take tens of seconds.
    await eventually(receipts, (s) => s.rows >= 2000, { timeoutMs: 150_000 });
    await new Promise((r) => setTimeout(r, 300));
    const s = await receipts();
    expect(s).toMatchObject({ rows: 2000, distinctEvents: 2000, maxPerEvent: 1 });
    expect(s.byReplica.a).toBeGreaterThan(0);
    expect(s.byReplica.b).toBeGreaterThan(0);
  });

  it('(c) a handler that always throws reaches the dead letter after max deliveries, others flow', async () => {
    const before = (await receipts()).rows;
    await producer.get(ProbePublisher).publish('poison', [9000, 9001, 9002], { failAlways: (s) => s === 9001, perTransaction: 3 });
    await eventually(receipts, (s) => s.rows >= before + 2);
    const letter = await eventually(
      async () => broker.deadLetters.find((d) => d.record.reason === 'handler-failed'),
      (d) => d !== undefined,
    );
    expect(letter!.subject).toBe(`${ns.prefix}.civic.deadletter.consumer.civic.intake.probe.recorded`);
    expect(letter!.record).toMatchObject({ error: 'probe 9001 is told to fail', deliveryCount: 3, consumer: 'consumer__civic_intake_probe_recorded' });
    expect((await receipts()).rows).toBe(before + 2);
  });

  it('(d) a malformed envelope and an invalid payload go to the dead letter at once', async () => {
    const before = broker.deadLetters.length;
    await broker.publish(subject, uuidv7(), 'this is {not json', 'x');
    const badId = uuidv7();
    await broker.publish(subject, badId, JSON.stringify(probeEnvelope(badId, 'c-1', { seq: 'seven', run: 'bad' })), 'y');
    const letters = broker.deadLetters.slice(before);
    expect(letters.map((d) => d.record.reason)).toEqual(['invalid-envelope', 'invalid-payload']);
    expect(letters.every((d) => d.record.deliveryCount === 1)).toBe(true);
    expect(letters[1].record.validationErrors).toEqual(['seq: seq must not be less than 0', 'seq: seq must be an integer number']);
  });

  it('drops a republished event id within the duplicate window, as JetStream does', async () => {
    const id = uuidv7();
    const event = probeEnvelope(id, 'c-2', { seq: 5000, run: 'dup' });
    const before = (await receipts()).rows;
    expect(await broker.publish(subject, id, JSON.stringify(event), id)).toBe(true);
    expect(await broker.publish(subject, id, JSON.stringify(event), id)).toBe(false);
    expect((await receipts()).rows).toBe(before + 1);
  });

  describeQueries('the in-process transport', () => ({ asker: producer, answerer: consumerA }));
});
