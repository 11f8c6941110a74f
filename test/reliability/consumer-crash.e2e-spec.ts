import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { serviceDataSource } from '#libs/persistence';
import {
  PrivateNatsServer,
  ProbePublisher,
  ProbeReceipt,
  ProbeReceiptRepository,
  TestNamespace,
  eventually,
  freePort,
  startNodeScript,
  startProbeApp,
} from '#libs/testing';

const CHILD = resolve('dist/test/support/probe-consumer.js');

function startConsumer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return startNodeScript(CHILD, env, 'consumer');
}

/** (b) The consuming process is killed with SIGKILL mid-stream and restarted: every event is handled exactly once. */
describe('consumer crash', () => {
  const ns = new TestNamespace();
  let nats: PrivateNatsServer;
  let producer: INestApplication;
  let receiptsDb: DataSource;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(CHILD)) throw new Error(`${CHILD} is missing: run "npm run build" before the tests (npm test does)`);
    nats = new PrivateNatsServer(await freePort());
    await nats.start();
    producer = await startProbeApp({ service: 'producer', env: ns.env({ natsUrl: nats.url }), consume: false });
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await receiptsDb?.destroy();
    await producer?.close();
    await ns.cleanup([nats.url]);
    await nats.destroy();
  });

  it('redelivers what the killed process had in hand and handles every event once', async () => {
    const env = ns.env({ natsUrl: nats.url, extra: { MESSAGING_ACK_WAIT_MS: '2000', PROBE_REPLICA: 'first' } });
    child = await startConsumer(env);
    receiptsDb = await serviceDataSource({ service: 'consumer', url: ns.databaseUrl('consumer'), entities: [ProbeReceipt] }).initialize();
    const receipts = new ProbeReceiptRepository(receiptsDb);

    const total = 3000;
    const publishing = producer.get(ProbePublisher).publish('crash', Array.from({ length: total }, (_, i) => i), { perTransaction: 100 });
    await eventually(() => receipts.summary(), (s) => s.rows >= 300, { everyMs: 20 });
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    const atKill = await receipts.summary();
    expect(atKill.rows).toBeLessThan(total);

    child = await startConsumer({ ...env, PROBE_REPLICA: 'second' });
    await publishing;
    await eventually(() => receipts.summary(), (s) => s.rows >= total, { timeoutMs: 120_000 });
    await new Promise((r) => setTimeout(r, 3000));
    const settled = await receipts.summary();
    expect(settled.rows).toBe(total);
    expect(settled.distinctEvents).toBe(total);
    expect(settled.maxPerEvent).toBe(1);
    expect(settled.byReplica.second).toBeGreaterThan(0);
  });
});
