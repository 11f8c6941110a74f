import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { InProcessBroker } from '#libs/messaging';
import { ProbePublisher, ProbeReceiptRepository, TEST_POSTGRES_URL, TestNamespace, eventually, startProbeApp } from '#libs/testing';

/** The relay wakes on the commit's NOTIFY, and falls back to polling when its LISTEN connection is lost. */
describe('outbox relay wake-up', () => {
  const ns = new TestNamespace();
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  let producer: INestApplication;
  let consumer: INestApplication;

  beforeAll(async () => {
    const env = ns.env({ natsUrl: null, extra: { OUTBOX_POLL_MS: '3000' } });
    producer = await startProbeApp({ service: 'producer', env, consume: false, broker });
    consumer = await startProbeApp({ service: 'consumer', env, consume: true, broker });
    await new Promise((r) => setTimeout(r, 500));
  });

  afterAll(async () => {
    await producer?.close();
    await consumer?.close();
    broker.close();
    await ns.cleanup([]);
  });

  const handledWithin = async (run: string, seq: number): Promise<number> => {
    const started = Date.now();
    await producer.get(ProbePublisher).publish(run, [seq]);
    await eventually(
      () => consumer.get(ProbeReceiptRepository).count(),
      (n) => n >= seq,
      { timeoutMs: 20_000, everyMs: 10 },
    );
    return Date.now() - started;
  };

  it('publishes a commit long before the next poll', async () => {
    const elapsed = await handledWithin('notify', 1);
    expect(elapsed).toBeLessThan(1500);
  });

  it('still publishes, at the poll interval, when its LISTEN connection is cut', async () => {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = 'civic-outbox-listen' AND datname = $1`,
      [`${ns.prefix}_producer`],
    );
    await admin.end();
    expect(rows).toEqual([{ cut: true }]);
    const elapsed = await handledWithin('poll', 2);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('listens again once the connection comes back, and wakes on commits as before', async () => {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await eventually(
      async () =>
        (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'civic-outbox-listen' AND datname = $1`, [`${ns.prefix}_producer`])).rows[0].n,
      (n) => n === 1,
      { timeoutMs: 15_000, everyMs: 100 },
    );
    await admin.end();
    expect(await handledWithin('notify-again', 3)).toBeLessThan(1500);
  });
});
