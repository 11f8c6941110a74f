import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidEventError, Outbox } from '#libs/messaging';
import { OutboxEventRepository } from '#libs/persistence';
import { ProbePublisher, ProbeReceiptRepository, ProbeRecorded, TestNamespace, eventually, startProbeApp } from '#libs/testing';

/** Per-aggregate order through outbox, relay, JetStream and consumer lanes; invalid events never leave the publisher. */
describe('ordering and publisher-side validation over JetStream', () => {
  const ns = new TestNamespace();
  let producer: INestApplication;
  let consumer: INestApplication;

  beforeAll(async () => {
    const env = ns.env({ extra: { OUTBOX_POLL_MS: '200' } });
    producer = await startProbeApp({ service: 'producer', env, consume: false });
    consumer = await startProbeApp({ service: 'consumer', env, consume: true });
  });

  afterAll(async () => {
    await producer?.close();
    await consumer?.close();
    await ns.cleanup();
  });

  it('delivers one aggregate’s events in commit order while others interleave', async () => {
    const publisher = producer.get(ProbePublisher);
    const sequences = Array.from({ length: 60 }, (_, i) => i + 1);
    // One transaction per event for the ordered aggregate, interleaved with a crowd of others.
    await Promise.all([
      (async () => {
        for (const seq of sequences) await publisher.publish('ordered', [seq], { aggregateId: 'organization-42' });
      })(),
      publisher.publish('crowd', Array.from({ length: 600 }, (_, i) => 1000 + i), { perTransaction: 20 }),
    ]);
    const receipts = consumer.get(ProbeReceiptRepository);
    await eventually(() => receipts.count(), (n) => n >= 660);
    expect(await receipts.handledOrder(1, 60)).toEqual(sequences);
  });

  it('refuses to publish a payload its contract rejects, and writes nothing', async () => {
    const dataSource = producer.get(DataSource);
    const outbox = producer.get(Outbox);
    const pending = () => producer.get(OutboxEventRepository).pending();
    await eventually(pending, (n) => n === 0);
    const attempt = dataSource.transaction((manager) =>
      outbox.publish(manager, { contract: ProbeRecorded, aggregateId: 'x', data: { seq: -1, run: 'bad' } }),
    );
    await expect(attempt).rejects.toBeInstanceOf(InvalidEventError);
    await expect(attempt).rejects.toThrow('Refusing to publish invalid gov.civic.intake.probe.recorded.v1: seq: seq must not be less than 0');
    expect(await pending()).toBe(0);
  });
});
