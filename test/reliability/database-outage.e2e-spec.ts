import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventTooLargeError } from '#libs/messaging';
import { serviceDataSource } from '#libs/persistence';
import {
  PrivatePostgres,
  ProbePublisher,
  ProbeReceipt,
  ProbeReceiptRepository,
  TEST_NATS_URL,
  TestNamespace,
  eventually,
  readDeadLetters,
  startProbeApp,
} from '#libs/testing';

/**
 * The consumer's database restarts and then goes away for longer than the delivery budget lasts:
 * the service stays up, holds its events, and handles every one exactly once when the database is
 * back, with nothing dead-lettered. A poison event is still dead-lettered, once.
 */
describe('database outage', () => {
  const ns = new TestNamespace();
  let postgres: PrivatePostgres;
  let producer: INestApplication;
  let consumer: INestApplication;
  let receiptsDb: DataSource | undefined;

  // Two deliveries and a 1.5 s ack wait: an outage of 8 s would dead-letter everything if it spent deliveries.
  const fast = {
    MESSAGING_MAX_DELIVERIES: '2',
    MESSAGING_ACK_WAIT_MS: '1500',
    MESSAGING_RETRY_BASE_MS: '100',
    MESSAGING_RETRY_MAX_MS: '1000',
    OUTBOX_POLL_MS: '200',
  };

  beforeAll(async () => {
    postgres = await PrivatePostgres.create();
    producer = await startProbeApp({ service: 'producer', env: ns.env({ extra: fast }), consume: false });
    consumer = await startProbeApp({
      service: 'consumer',
      env: ns.env({ extra: { ...fast, CONSUMER_DATABASE_URL: postgres.url('consumer') } }),
      consume: true,
    });
  });

  afterAll(async () => {
    await receiptsDb?.destroy();
    await consumer?.close();
    await producer?.close();
    await ns.cleanup();
    await postgres?.destroy();
  });

  async function receipts() {
    receiptsDb ??= await serviceDataSource({ service: 'consumer', url: postgres.url('consumer'), entities: [ProbeReceipt] }).initialize();
    return new ProbeReceiptRepository(receiptsDb).summary();
  }

  it('survives a fast restart of its database and an 8 s stop, and handles every event once', async () => {
    const publisher = producer.get(ProbePublisher);
    await publisher.publish('before', Array.from({ length: 50 }, (_, i) => i));
    await eventually(receipts, (s) => s.rows >= 50);

    // A fast restart ends every session with 57P01: idle pooled connections, the LISTEN and the relay's pool.
    await postgres.restart('fast');
    await publisher.publish('after-restart', Array.from({ length: 50 }, (_, i) => 100 + i));
    await eventually(receipts, (s) => s.rows >= 100, { timeoutMs: 60_000 });

    await receiptsDb?.destroy();
    receiptsDb = undefined;
    await postgres.stop('fast');
    await publisher.publish('during-outage', Array.from({ length: 200 }, (_, i) => 1000 + i), { perTransaction: 50 });
    await new Promise((r) => setTimeout(r, 8000));
    await postgres.start();

    const settled = await eventually(receipts, (s) => s.rows >= 300, { timeoutMs: 90_000 });
    expect(settled.rows).toBe(300);
    expect(settled.distinctEvents).toBe(300);
    expect(settled.maxPerEvent).toBe(1);
    const letters = await readDeadLetters(TEST_NATS_URL, ns.prefix).catch(() => []);
    expect(letters).toEqual([]);
  });

  it('still dead-letters a poison event, once: a terminated message is not delivered again', async () => {
    await producer.get(ProbePublisher).publish('poison', [5000, 5001], { failAlways: (s) => s === 5001 });
    await eventually(
      () => readDeadLetters(TEST_NATS_URL, ns.prefix),
      (l) => l.some((d) => d.record.reason === 'handler-failed'),
    );
    // Several ack waits later, the terminated message has not come back to be dead-lettered again.
    await new Promise((r) => setTimeout(r, 5000));
    const letters = await readDeadLetters(TEST_NATS_URL, ns.prefix);
    expect(letters.filter((d) => d.record.reason === 'handler-failed')).toHaveLength(1);
  });

  it('refuses to write an event larger than an event may be, and its transaction changes nothing', async () => {
    const before = (await receipts()).rows;
    const publish = producer.get(ProbePublisher).publish('too-large', [9000], { padding: 'x'.repeat(600 * 1024) });
    await expect(publish).rejects.toBeInstanceOf(EventTooLargeError);
    await expect(publish).rejects.toMatchObject({ status: 413 });
    await producer.get(ProbePublisher).publish('after-too-large', [9001]);
    await eventually(receipts, (s) => s.rows >= before + 1);
    expect((await receipts()).rows).toBe(before + 1);
  });
});
