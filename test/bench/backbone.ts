import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { jetstream, jetstreamManager, AckPolicy, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { platformRegistry } from '#libs/observability';
import { OutboxEventRepository, serviceDataSource } from '#libs/persistence';
import { ProbePublisher, ProbeReceipt, ProbeReceiptRepository, TEST_NATS_URL, TestNamespace, eventually, startProbeApp } from '#libs/testing';

const CONSUMER = fileURLToPath(new URL('../support/probe-consumer.js', import.meta.url));

/** The consuming service runs in its own process, as it does when deployed. */
function startConsumer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CONSUMER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`probe consumer exited with ${code}`)));
  });
}

/**
 * `npm run bench:backbone`: (1) raw JetStream, (2) the platform path (outbox commit → relay →
 * JetStream → inbox handler commit) at full speed and at an offered 1,000 events/s, (3) their ratio.
 * Uses the Postgres and NATS on this machine, in a namespace of its own that it removes after.
 */
const RAW_MESSAGES = Number(process.env.BENCH_RAW_MESSAGES ?? 100_000);
const PLATFORM_EVENTS = Number(process.env.BENCH_PLATFORM_EVENTS ?? 20_000);
const OFFERED_RATE = Number(process.env.BENCH_OFFERED_RATE ?? 1000);
const OFFERED_SECONDS = Number(process.env.BENCH_OFFERED_SECONDS ?? 10);
const CONSUMER_REPLICAS = Number(process.env.BENCH_CONSUMER_REPLICAS ?? 1);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** A percentile read off a Prometheus histogram: the upper bound of the bucket it falls in, in ms. */
async function histogramPercentileMs(name: string, p: number): Promise<number> {
  const metric = (await platformRegistry.getMetricsAsJSON()).find((m) => m.name === name);
  const counts = new Map<string, number>();
  for (const v of (metric?.values ?? []) as Array<{ metricName?: string; labels: Record<string, string | number>; value: number }>) {
    if (v.metricName?.endsWith('_bucket')) counts.set(String(v.labels.le), (counts.get(String(v.labels.le)) ?? 0) + v.value);
  }
  const total = counts.get('+Inf') ?? 0;
  const bounds = [...counts.keys()].filter((le) => le !== '+Inf').sort((a, b) => Number(a) - Number(b));
  for (const le of bounds) if (counts.get(le)! >= (p / 100) * total) return Number(le) * 1000;
  return Infinity;
}

async function rawJetStream(
  ns: TestNamespace,
): Promise<{ pubRate: number; e2eRate: number; p50: number; p99: number; offeredP50: number; offeredP99: number }> {
  const nc = await connect({ servers: TEST_NATS_URL, noAsyncTraces: true });
  const jsm = await jetstreamManager(nc);
  const stream = `${ns.prefix}_RAW`;
  const subject = `${ns.prefix}.raw.bench`;
  await jsm.streams.add({ name: stream, subjects: [subject], storage: StorageType.File });
  await jsm.consumers.add(stream, { durable_name: 'raw', ack_policy: AckPolicy.Explicit, max_ack_pending: 20_000 });
  const js = jetstream(nc);
  const consumer = await js.consumers.get(stream, 'raw');
  const latencies: number[] = [];
  const payload = new Uint8Array(1024);
  const view = new DataView(payload.buffer);

  const started = performance.now();
  const consumed = (async () => {
    const messages = await consumer.consume({ max_messages: 2000 });
    for await (const m of messages) {
      latencies.push(performance.now() + performance.timeOrigin - new DataView(m.data.buffer, m.data.byteOffset).getFloat64(0));
      m.ack();
      if (latencies.length >= RAW_MESSAGES) break;
    }
    return performance.now();
  })();

  const window = 2000;
  let inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < RAW_MESSAGES; i++) {
    view.setFloat64(0, performance.now() + performance.timeOrigin);
    inFlight.push(js.publish(subject, payload.slice(), { msgID: `raw-${i}` }));
    if (inFlight.length >= window) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  const published = performance.now();
  const finished = await consumed;
  const fullSpeed = [...latencies].sort((a, b) => a - b);

  // The same stream and consumer at the offered rate the platform path is held to.
  latencies.length = 0;
  const offeredTotal = OFFERED_RATE * OFFERED_SECONDS;
  const offeredConsumed = (async () => {
    const messages = await consumer.consume({ max_messages: 2000 });
    for await (const m of messages) {
      latencies.push(performance.now() + performance.timeOrigin - new DataView(m.data.buffer, m.data.byteOffset).getFloat64(0));
      m.ack();
      if (latencies.length >= offeredTotal) break;
    }
  })();
  const offeredStart = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < offeredTotal; i++) {
    const wait = offeredStart + (i / OFFERED_RATE) * 1000 - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    view.setFloat64(0, performance.now() + performance.timeOrigin);
    pending.push(js.publish(subject, payload.slice(), { msgID: `raw-offered-${i}` }));
  }
  await Promise.all(pending);
  await offeredConsumed;
  const offered = [...latencies].sort((a, b) => a - b);

  await jsm.streams.delete(stream);
  await nc.close();
  return {
    pubRate: RAW_MESSAGES / ((published - started) / 1000),
    e2eRate: RAW_MESSAGES / ((finished - started) / 1000),
    p50: percentile(fullSpeed, 50),
    p99: percentile(fullSpeed, 99),
    offeredP50: percentile(offered, 50),
    offeredP99: percentile(offered, 99),
  };
}

async function platformPath(ns: TestNamespace): Promise<{
  rate: number;
  p50: number;
  p99: number;
  offeredP50: number;
  offeredP99: number;
  offeredAchieved: number;
  relayP50: number;
  relayP99: number;
}> {
  const env = ns.env({ extra: { LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '200' } });
  const producer = await startProbeApp({ service: 'producer', env, consume: false });
  const consumers = await Promise.all(
    Array.from({ length: CONSUMER_REPLICAS }, (_, i) => startConsumer({ ...env, PROBE_REPLICA: `r${i + 1}` })),
  );
  const receiptsDb = await serviceDataSource({ service: 'consumer', url: ns.databaseUrl('consumer'), entities: [ProbeReceipt] }).initialize();
  const publisher = producer.get(ProbePublisher);
  const receipts = new ProbeReceiptRepository(receiptsDb);
  const padding = 'x'.repeat(700);
  try {
    // Warm up connections, consumers and prepared plans.
    await publisher.publish('warmup', Array.from({ length: 500 }, (_, i) => i), { perTransaction: 50, padding });
    await eventually(() => receipts.count(), (n) => n >= 500, { timeoutMs: 60_000 });

    // Full speed: producers commit in transactions of 100 from 4 concurrent writers.
    const before = await receipts.count();
    const started = performance.now();
    const writers = 4;
    const per = PLATFORM_EVENTS / writers;
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        publisher.publish(`full-${w}`, Array.from({ length: per }, (_, i) => i), { perTransaction: 100, padding }),
      ),
    );
    await eventually(() => receipts.count(), (n) => n >= before + PLATFORM_EVENTS, { timeoutMs: 600_000, everyMs: 20 });
    const elapsed = (performance.now() - started) / 1000;
    const fullLatencies = (await receipts.latenciesMs()).slice().sort((a, b) => a - b);

    // Offered load: OFFERED_RATE events/s in commits of 5 every 5 ms, for OFFERED_SECONDS.
    await receipts.clear();
    platformRegistry.resetMetrics();
    const total = OFFERED_RATE * OFFERED_SECONDS;
    const perTick = 5;
    const offeredStart = performance.now();
    const commits: Promise<void>[] = [];
    for (let sent = 0; sent < total; sent += perTick) {
      const due = offeredStart + (sent / OFFERED_RATE) * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      commits.push(publisher.publish('offered', Array.from({ length: perTick }, (_, i) => sent + i), { perTransaction: perTick, padding }));
    }
    await Promise.all(commits);
    const offeredAchieved = total / ((performance.now() - offeredStart) / 1000);
    await eventually(() => receipts.count(), (n) => n >= total, { timeoutMs: 120_000, everyMs: 20 });
    const offered = (await receipts.latenciesMs()).sort((a, b) => a - b);
    const relayP50 = await histogramPercentileMs('civic_outbox_publish_lag_seconds', 50);
    const relayP99 = await histogramPercentileMs('civic_outbox_publish_lag_seconds', 99);
    const pending = await producer.get(OutboxEventRepository).pending();
    if (pending !== 0) throw new Error(`outbox still has ${pending} pending rows`);
    return {
      rate: PLATFORM_EVENTS / elapsed,
      p50: percentile(fullLatencies, 50),
      p99: percentile(fullLatencies, 99),
      offeredP50: percentile(offered, 50),
      offeredP99: percentile(offered, 99),
      offeredAchieved,
      relayP50,
      relayP99,
    };
  } finally {
    for (const consumer of consumers) {
      consumer.kill('SIGTERM');
      await new Promise((r) => consumer.once('exit', r));
    }
    await receiptsDb.destroy();
    await producer.close();
  }
}

async function main(): Promise<void> {
  const ns = new TestNamespace();
  try {
    process.stdout.write(`(1) raw JetStream: ${RAW_MESSAGES} messages of 1 KB, publish with ack, consume and ack\n`);
    const raw = await rawJetStream(ns);
    process.stdout.write(
      `    publish ${fmt(raw.pubRate, 0)} msg/s; publish→consume ${fmt(raw.e2eRate, 0)} msg/s; latency p50 ${fmt(raw.p50)} ms, p99 ${fmt(raw.p99)} ms\n`,
    );
    process.stdout.write(`    offered ${OFFERED_RATE} msg/s for ${OFFERED_SECONDS} s: latency p50 ${fmt(raw.offeredP50)} ms, p99 ${fmt(raw.offeredP99)} ms\n`);
    process.stdout.write(
      `(2) platform path: ${PLATFORM_EVENTS} events (~1 KB) outbox commit → relay → JetStream → inbox handler commit, ${CONSUMER_REPLICAS} consumer replica(s)\n`,
    );
    const platform = await platformPath(ns);
    process.stdout.write(`    full speed ${fmt(platform.rate, 0)} events/s; latency p50 ${fmt(platform.p50)} ms, p99 ${fmt(platform.p99)} ms\n`);
    process.stdout.write(
      `    offered ${OFFERED_RATE} events/s for ${OFFERED_SECONDS} s (achieved ${fmt(platform.offeredAchieved, 0)}/s): latency p50 ${fmt(platform.offeredP50)} ms, p99 ${fmt(platform.offeredP99)} ms\n`,
    );
    process.stdout.write(
      `    of which outbox commit → JetStream ack (histogram bucket bounds): p50 ≤ ${fmt(platform.relayP50)} ms, p99 ≤ ${fmt(platform.relayP99)} ms\n`,
    );
    const ratio = platform.rate / raw.e2eRate;
    process.stdout.write(`(3) platform / raw throughput: ${fmt(ratio, 3)}\n`);
    process.stdout.write(
      `RESULT raw_events_per_s=${fmt(raw.e2eRate, 0)} raw_publish_per_s=${fmt(raw.pubRate, 0)} raw_p50_ms=${fmt(raw.p50, 2)} raw_p99_ms=${fmt(raw.p99, 2)} ` +
        `raw_offered_p50_ms=${fmt(raw.offeredP50, 2)} raw_offered_p99_ms=${fmt(raw.offeredP99, 2)} ` +
        `consumer_replicas=${CONSUMER_REPLICAS} platform_events_per_s=${fmt(platform.rate, 0)} platform_p50_ms=${fmt(platform.p50, 2)} platform_p99_ms=${fmt(platform.p99, 2)} ` +
        `offered_rate=${OFFERED_RATE} offered_p50_ms=${fmt(platform.offeredP50, 2)} offered_p99_ms=${fmt(platform.offeredP99, 2)} ` +
        `offered_relay_p50_ms=${fmt(platform.relayP50, 0)} offered_relay_p99_ms=${fmt(platform.relayP99, 0)} ratio=${fmt(ratio, 3)}\n`,
    );
  } finally {
    await ns.cleanup();
  }
  process.exit(0);
}

await main();
