import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { alertEventTypes, Events, Severities, type AlertScope, type Severity } from '#libs/contracts';
import { createServiceApp, SubjectNaming } from '#libs/messaging';
import { eventually, TEST_NATS_URL, TestNamespace } from '#libs/testing';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';
import { SubscriptionIndex, type MatchableSubscription } from '../../apps/notifications/src/subscriptions/subscription-index.js';
import { conflict, envelope, WebhookReceiver } from '../notifications/support.js';

/**
 * `npm run bench:notifications`: with 10,000 subscriptions and 1,000 alerts, (1) matching time per
 * alert in the subscription index; (2) webhook deliveries per second to a local receiver when the
 * alerts arrive at once over NATS JetStream; (3) publish-to-delivered latency at an offered rate.
 * Uses this machine's Postgres and NATS in a namespace of its own, removed after.
 */
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const OFFERED_RATE = Number(process.env.BENCH_OFFERED_RATE ?? 5);
const OFFERED_EVENTS = Number(process.env.BENCH_OFFERED_EVENTS ?? 200);

// About Portland's numbers: two dozen bureaus, four council districts, ~150 neighborhood and business district associations.
const BUREAUS = Array.from({ length: 24 }, (_, i) => `B${String.fromCharCode(65 + i)}`);
const DISTRICTS = ['1', '2', '3', '4'];
const ORGANIZATIONS = Array.from({ length: 150 }, () => uuidv7());

let seed = 7;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pickOne = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const pickSome = <T>(values: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pickOne(values)))];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Subscriptions as staff write them: a few neighborhoods, a bureau or a district; rarely everything. */
function randomSubscription(): MatchableSubscription {
  const types = alertEventTypes();
  const filter = random();
  return {
    id: uuidv7(),
    eventTypes: random() < 0.3 ? ['coordination.*'] : pickSome(types, 2),
    organizationIds: filter < 0.67 ? pickSome(ORGANIZATIONS, 1 + Math.floor(random() * 3)) : [],
    bureaus: filter >= 0.67 && filter < 0.97 ? pickSome(BUREAUS, 1) : [],
    councilDistricts: filter >= 0.97 && filter < 0.998 ? pickSome(DISTRICTS, 1) : [],
    // Most staff only want what matters: medium or high.
    minSeverity: pickOne(['info', 'low', 'medium', 'medium', 'high', 'high', 'high'] as const),
  };
}

/** An alert concerns one or two bureaus, a district and a few neighborhoods. */
function randomScope(): AlertScope {
  return {
    bureaus: pickSome(BUREAUS, 1 + Math.floor(random() * 2)),
    councilDistricts: pickSome(DISTRICTS, 1),
    organizationIds: pickSome(ORGANIZATIONS, 1 + Math.floor(random() * 3)),
    severity: pickOne(Severities) as Severity,
  };
}

const MATCH_PASSES = 5;

/**
 * Times every alert in several passes after one untimed warm-up. The machine is shared, so a pass
 * can be descheduled mid-way: the figures are over all passes, and the quietest pass's p99 is shown beside them.
 */
function matching(
  subscriptions: MatchableSubscription[],
  scopes: AlertScope[],
): { p50: number; p99: number; max: number; quietestP99: number; meanMatches: number } {
  const index = new SubscriptionIndex(subscriptions);
  const type = 'coordination.conflict.detected';
  for (const s of scopes) index.match(type, s);
  const all: number[] = [];
  const passP99: number[] = [];
  let matches = 0;
  for (let pass = 0; pass < MATCH_PASSES; pass++) {
    const times: number[] = [];
    for (const scope of scopes) {
      const started = process.hrtime.bigint();
      matches += index.match(type, scope).length;
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    passP99.push(percentile(times, 99));
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  return {
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all[all.length - 1],
    quietestP99: Math.min(...passP99),
    meanMatches: matches / (scopes.length * MATCH_PASSES),
  };
}

async function main(): Promise<void> {
  const subscriptions = Array.from({ length: SUBSCRIPTIONS }, randomSubscription);
  const burstScopes = Array.from({ length: EVENTS }, randomScope);
  const pacedScopes = Array.from({ length: OFFERED_EVENTS }, randomScope);

  const m = matching(subscriptions, burstScopes);
  process.stdout.write(
    `matching: ${SUBSCRIPTIONS} subscriptions, ${EVENTS} alerts × ${MATCH_PASSES} passes: p50 ${fmt(m.p50, 3)} ms, p99 ${fmt(m.p99, 3)} ms (quietest pass ${fmt(m.quietestP99, 3)} ms), max ${fmt(m.max, 3)} ms per alert; ${fmt(m.meanMatches)} matches per alert on average\n`,
  );

  const ns = new TestNamespace();
  const receiver = new WebhookReceiver();
  const url = await receiver.start();
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  receiver.useSecret(secret);
  const env = ns.env({ extra: { WEBHOOK_ALLOW_ADDRESSES: 'loopback', DELIVERY_POLL_MS: '200' } });
  const app = await createServiceApp(NotificationsModule.forRoot({ env, probes: false }));
  await app.init();
  const nc = await connect({ servers: TEST_NATS_URL, noAsyncTraces: true });
  try {
    const dataSource = app.get(DataSource);
    const subscriber = uuidv7();
    await dataSource.query(`INSERT INTO subscriber (id, name, kind) VALUES ($1, 'Benchmark receiver', 'staff')`, [subscriber]);
    for (let i = 0; i < subscriptions.length; i += 1000) {
      const chunk = subscriptions.slice(i, i + 1000);
      await dataSource.query(
        `INSERT INTO subscription (id, subscriber_id, event_types, bureaus, council_districts, organization_ids, min_severity, channel, webhook_url, webhook_secret)
         SELECT s.id, $1, string_to_array(s.types, ','), string_to_array(s.bureaus, ','), string_to_array(s.districts, ','), string_to_array(s.orgs, ','), s.severity, 'webhook', $2, $3
         FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS s(id, types, bureaus, districts, orgs, severity)`,
        [
          subscriber,
          url,
          secret,
          chunk.map((s) => s.id),
          chunk.map((s) => s.eventTypes.join(',')),
          chunk.map((s) => s.bureaus.join(',')),
          chunk.map((s) => s.councilDistricts.join(',')),
          chunk.map((s) => s.organizationIds.join(',')),
          chunk.map((s) => s.minSeverity),
        ],
      );
    }
    await dataSource.query(`UPDATE subscription_revision SET revision = revision + 1`);

    const js = jetstream(nc);
    const subject = new SubjectNaming(env.MESSAGING_PREFIX).subject(Events.ConflictDetected.subject);
    const expectedDeliveries = (scopes: AlertScope[]) => {
      const index = new SubscriptionIndex(subscriptions);
      return scopes.reduce((n, s) => n + index.match('coordination.conflict.detected', s).length, 0);
    };

    const publish = async (scope: AlertScope) => {
      const event = envelope(Events.ConflictDetected, conflict(scope));
      await js.publish(subject, JSON.stringify(event), { msgID: event.id });
    };
    const run = async (scopes: AlertScope[], rate: number | null) => {
      const expected = expectedDeliveries(scopes);
      const before = receiver.received.length;
      const started = Date.now();
      for (let i = 0; i < scopes.length; i++) {
        if (rate) {
          const due = started + (i * 1000) / rate;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        }
        await publish(scopes[i]);
      }
      await eventually(async () => receiver.received.length - before, (n) => n >= expected, { timeoutMs: 600_000, everyMs: 50 });
      const got = receiver.received.slice(before);
      const latencies = got.map((r) => r.at - Date.parse(r.body.timestamp)).sort((a, b) => a - b);
      const seconds = (got.reduce((latest, r) => Math.max(latest, r.at), 0) - started) / 1000;
      return { deliveries: got.length, expected, seconds, rate: got.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), verified: got.every((r) => r.verified) };
    };

    const burst = await run(burstScopes, null);
    process.stdout.write(
      `burst: ${EVENTS} alerts published at once → ${burst.deliveries} signed webhooks (expected ${burst.expected}, all verified: ${burst.verified}) in ${fmt(burst.seconds, 2)} s: ${fmt(burst.rate, 0)} deliveries/s; publish-to-delivered p50 ${fmt(burst.p50, 0)} ms, p99 ${fmt(burst.p99, 0)} ms\n`,
    );
    const paced = await run(pacedScopes, OFFERED_RATE);
    process.stdout.write(
      `offered ${OFFERED_RATE} alerts/s: ${OFFERED_EVENTS} alerts → ${paced.deliveries} webhooks (expected ${paced.expected}); publish-to-delivered p50 ${fmt(paced.p50, 0)} ms, p99 ${fmt(paced.p99, 0)} ms\n`,
    );
    const duplicates = receiver.received.length - new Set(receiver.received.map((r) => r.id)).size;
    const [{ retried }] = await dataSource.query(`SELECT count(*)::int AS retried FROM delivery WHERE attempts > 1`);
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM delivery`);
    // A webhook the receiver took but answered after the timeout is sent again (same webhook-id): at least once, by design.
    process.stdout.write(`delivery log: ${rows} rows, ${retried} needed more than one attempt; webhook ids received more than once: ${duplicates}\n`);
    process.stdout.write(
      `RESULT subscriptions=${SUBSCRIPTIONS} events=${EVENTS} match_p50_ms=${fmt(m.p50, 3)} match_p99_ms=${fmt(m.p99, 3)} match_p99_quietest_pass_ms=${fmt(m.quietestP99, 3)} matches_per_event=${fmt(m.meanMatches)} ` +
        `burst_deliveries=${burst.deliveries} deliveries_per_s=${fmt(burst.rate, 0)} burst_p50_ms=${fmt(burst.p50, 0)} burst_p99_ms=${fmt(burst.p99, 0)} ` +
        `offered_rate=${OFFERED_RATE} offered_deliveries=${paced.deliveries} delivered_p50_ms=${fmt(paced.p50, 0)} delivered_p99_ms=${fmt(paced.p99, 0)} duplicates=${duplicates} retried=${retried}\n`,
    );
  } finally {
    await nc.close();
    await app.close();
    await receiver.close();
    await ns.cleanup();
  }
}

await main();
