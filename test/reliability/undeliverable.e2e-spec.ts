import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { PrivateNatsServer, ProbePublisher, ProbeReceiptRepository, TestNamespace, eventually, freePort, readDeadLetters, startProbeApp } from '#libs/testing';

/**
 * A broker whose messages are smaller than an event the outbox holds: that event is dead-lettered
 * as undeliverable and kept in the outbox table, and the aggregate's later events still flow.
 */
describe('an event the broker can never take', () => {
  const ns = new TestNamespace();
  let nats: PrivateNatsServer;
  let producer: INestApplication;
  let consumer: INestApplication;

  beforeAll(async () => {
    nats = new PrivateNatsServer(await freePort(), 'max_payload: 65536');
    await nats.start();
    const env = ns.env({ natsUrl: nats.url, extra: { OUTBOX_POLL_MS: '200' } });
    producer = await startProbeApp({ service: 'producer', env, consume: false });
    consumer = await startProbeApp({ service: 'consumer', env, consume: true });
  });

  afterAll(async () => {
    await consumer?.close();
    await producer?.close();
    await ns.cleanup([nats.url]);
    await nats.destroy();
  });

  it('is dead-lettered once and never holds back its aggregate', async () => {
    const publisher = producer.get(ProbePublisher);
    await publisher.publish('big', [1], { aggregateId: 'one-aggregate', padding: 'x'.repeat(100_000) });
    await publisher.publish('after', [2, 3], { aggregateId: 'one-aggregate' });
    const receipts = await eventually(() => consumer.get(ProbeReceiptRepository).summary(), (s) => s.rows >= 2, { timeoutMs: 60_000 });
    expect(receipts.rows).toBe(2);

    const letters = await eventually(() => readDeadLetters(nats.url, ns.prefix), (l) => l.length >= 1);
    expect(letters).toHaveLength(1);
    expect(letters[0].record).toMatchObject({ reason: 'undeliverable', consumer: 'outbox-relay', service: 'producer', subject: 'civic.intake.probe.recorded' });
    expect(letters[0].record.error).toMatch(/max_payload/);

    const db = new pg.Client({ connectionString: ns.databaseUrl('producer') });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT published_at IS NOT NULL AS done, last_error FROM outbox_event WHERE envelope->'data'->>'run' = 'big'`);
      expect(rows).toEqual([{ done: true, last_error: expect.stringMatching(/^undeliverable: .*max_payload/) }]);
      const pending = await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`);
      expect(pending.rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });
});
