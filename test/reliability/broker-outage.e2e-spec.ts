import type { INestApplication } from '@nestjs/common';
import { OutboxEventRepository } from '#libs/persistence';
import {
  PrivateNatsServer,
  ProbePublisher,
  ProbeReceiptRepository,
  TestNamespace,
  eventually,
  freePort,
  startProbeApp,
} from '#libs/testing';

/** (a) NATS is down while 1,000 outbox events are committed; when it is back, each is handled exactly once. */
describe('broker outage', () => {
  const ns = new TestNamespace();
  let nats: PrivateNatsServer;
  let producer: INestApplication;
  let consumer: INestApplication;

  beforeAll(async () => {
    nats = new PrivateNatsServer(await freePort());
    await nats.start();
    const env = ns.env({ natsUrl: nats.url, extra: { OUTBOX_POLL_MS: '100', OUTBOX_RETRY_MAX_MS: '1000' } });
    producer = await startProbeApp({ service: 'producer', env, consume: false });
    consumer = await startProbeApp({ service: 'consumer', env, consume: true });
  });

  afterAll(async () => {
    await producer?.close();
    await consumer?.close();
    await ns.cleanup([nats.url]);
    await nats.destroy();
  });

  it('delays events while NATS is down and delivers all 1,000 exactly once when it returns', async () => {
    const receipts = consumer.get(ProbeReceiptRepository);
    const outbox = producer.get(OutboxEventRepository);
    await producer.get(ProbePublisher).publish('warmup', [0]);
    await eventually(() => receipts.summary(), (s) => s.rows === 1);

    await nats.stop();
    const seqs = Array.from({ length: 1000 }, (_, i) => i + 1);
    await producer.get(ProbePublisher).publish('outage', seqs, { perTransaction: 50 });
    // Committed but not published: the relay keeps them while the broker is away.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await outbox.pending()).toBe(1000);
    expect((await receipts.summary()).rows).toBe(1);

    await nats.start();
    const summary = await eventually(() => receipts.summary(), (s) => s.rows >= 1001, { timeoutMs: 90_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const settled = await receipts.summary();
    expect(settled.rows).toBe(1001);
    expect(settled.distinctEvents).toBe(1001);
    expect(settled.maxPerEvent).toBe(1);
    expect(summary.rows).toBe(1001);
    await eventually(() => outbox.pending(), (n) => n === 0);
  });

  it('puts lost streams and consumers back when the broker comes back empty, and keeps delivering', async () => {
    const receipts = consumer.get(ProbeReceiptRepository);
    const before = (await receipts.summary()).rows;
    await nats.wipe();
    await nats.start();
    await producer.get(ProbePublisher).publish('after-wipe', Array.from({ length: 200 }, (_, i) => i), { perTransaction: 20 });
    await eventually(() => receipts.summary(), (s) => s.rows >= before + 200, { timeoutMs: 90_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const settled = await receipts.summary();
    expect(settled.rows).toBe(before + 200);
    expect(settled.maxPerEvent).toBe(1);
  });
});
