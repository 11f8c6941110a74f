import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ProbePublisher, ProbeReceiptRepository, TEST_NATS_URL, TestNamespace, eventually, probeFaults, readDeadLetters, startProbeApp } from '#libs/testing';
import { parseDeadLetterReplayArgs } from '../../deploy/deadletter-replay.js';

const TOOL = resolve('dist/deploy/deadletter-replay.js');

/** Dead letters whose cause was fixed are published again and handled once, by the consumer that failed them. */
describe('npm run deadletter:replay', () => {
  const ns = new TestNamespace();
  let producer: INestApplication;
  let consumer: INestApplication;
  const fast = { MESSAGING_MAX_DELIVERIES: '2', MESSAGING_RETRY_BASE_MS: '50', MESSAGING_RETRY_MAX_MS: '100', OUTBOX_POLL_MS: '200' };

  beforeAll(async () => {
    producer = await startProbeApp({ service: 'producer', env: ns.env({ extra: fast }), consume: false });
    consumer = await startProbeApp({ service: 'consumer', env: ns.env({ extra: fast }), consume: true });
  });

  afterAll(async () => {
    probeFaults.failingRuns.clear();
    await consumer?.close();
    await producer?.close();
    await ns.cleanup();
  });

  function replay(...argv: string[]) {
    const env = { ...process.env, NATS_URL: TEST_NATS_URL, MESSAGING_PREFIX: ns.prefix, NODE_OPTIONS: '' };
    return spawnSync(process.execPath, [TOOL, ...argv], { env, encoding: 'utf8' });
  }

  const receipts = () => consumer.get(ProbeReceiptRepository).summary();

  it('publishes fixed dead letters again: each handled once, others untouched, a second replay changes nothing', async () => {
    probeFaults.failingRuns.add('broken');
    await producer.get(ProbePublisher).publish('broken', [1, 2, 3]);
    await producer.get(ProbePublisher).publish('fine', [4, 5]);
    await eventually(() => readDeadLetters(TEST_NATS_URL, ns.prefix), (l) => l.length >= 3);
    expect((await receipts()).rows).toBe(2);

    const dry = replay('--service', 'consumer', '--subject', 'civic.intake.probe.recorded', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Would replay 3 event(s)');
    await new Promise((r) => setTimeout(r, 500));
    expect((await receipts()).rows).toBe(2);

    probeFaults.failingRuns.delete('broken');
    const done = replay('--service', 'consumer', '--from', new Date(Date.now() - 3600_000).toISOString());
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Replayed 3 event(s)');
    const settled = await eventually(receipts, (s) => s.rows >= 5);
    expect(settled).toMatchObject({ rows: 5, distinctEvents: 5, maxPerEvent: 1 });

    expect(replay('--service', 'consumer').status).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await receipts()).toMatchObject({ rows: 5, maxPerEvent: 1 });
  });

  it('refuses a bad command line with the flag and the rule', () => {
    expect(() => parseDeadLetterReplayArgs(['--from', 'yesterday'])).toThrow('--from must be an ISO 8601 time with a zone');
    expect(() => parseDeadLetterReplayArgs(['--subject', 'civic..x'])).toThrow('--subject must be a NATS subject');
    expect(() => parseDeadLetterReplayArgs(['--bogus'])).toThrow(/bogus/);
    expect(parseDeadLetterReplayArgs(['--help'])).toBeNull();
    const help = replay('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run deadletter:replay');
  });
});
