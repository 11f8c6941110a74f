import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createServiceApp } from '#libs/messaging';
import { TEST_NATS_URL, TestNamespace, eventually } from '#libs/testing';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { CoordinationService } from '../../apps/scheduling/src/coordination/coordination.service.js';
import { reachKey } from '../../apps/scheduling/src/coordination/reach.js';
import { EngagementRepository } from '../../apps/scheduling/src/engagements/engagement.repository.js';
import { REACH_LOOKUP_INDEX } from '../../apps/scheduling/src/migrations/1763900007000-reach-lookup.js';
import { OrganizationReferenceService } from '../../apps/scheduling/src/organizations/organization-reference.service.js';
import { SchedulingModule } from '../../apps/scheduling/src/scheduling.module.js';
import { portlandRecords } from '../scheduling/scheduling-platform.js';

const SERVICE = fileURLToPath(new URL('./scheduling-service.js', import.meta.url));

/** Scheduling in its own process for the intake figure, as when deployed: the gateway does not share its core. */
function startScheduling(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--max-semi-space-size=64', SERVICE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`scheduling exited with ${code}`)));
  });
}

/**
 * `npm run bench:scheduling`: (1) with BENCH_ENGAGEMENTS (default 1,000,000) engagements over five
 * years in the table, the conflict check of a new engagement (the service's own GiST query and
 * ConflictDetector) p50/p99 after a warm-up; (2) batch intake end to end: HTTP `POST /v1/engagements:batch` of 500
 * through the gateway and NATS to scheduling (in its own process), until every
 * `civic.engagement.scheduled` is in JetStream. Uses this machine's Postgres and NATS in a namespace of its own, removed after.
 */
const ENGAGEMENTS = Number(process.env.BENCH_ENGAGEMENTS ?? 1_000_000);
const CHECKS = Number(process.env.BENCH_CONFLICT_CHECKS ?? 2000);
const WARMUP = Number(process.env.BENCH_CONFLICT_WARMUP ?? 500);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 20);
const BATCH_SIZE = 500;
const CONCURRENCY = Number(process.env.BENCH_BATCH_CONCURRENCY ?? 2);
const BUREAUS = ['PBOT', 'BES', 'PP&R', 'PHB', 'PWB', 'BPS', 'OEHR', 'PPB'];
const DAYS = 5 * 365;

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const say = (line: string) => process.stdout.write(`${line}\n`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A deterministic pseudo-random sequence, so runs compare. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/**
 * Fills the table in Postgres itself (generate_series): engagements spread over five years at
 * 9:00-20:00, each in a neighborhood association and its council district, some naming the
 * association in their audience and some a community tag; the GiST indexes are built after.
 */
async function fill(ds: DataSource, neighborhoods: Array<{ id: string; district: string }>): Promise<number> {
  const started = Date.now();
  await ds.query(`DROP INDEX engagement_reach_lookup`);
  await ds.query(`DROP INDEX engagement_during`);
  await ds.query(
    `INSERT INTO engagement (id, bureau, title, kind, status, starts_at, ends_at, time_zone, address, neighborhood_ids, location_districts,
                             audience_organization_ids, audience_districts, community_tags, languages, accessibility, version, created_at, updated_at)
     SELECT gen_random_uuid(), ($3::text[])[(1 + (i * 7) % array_length($3::text[], 1))::int], 'Bench engagement ' || i, 'workshop',
            CASE WHEN i % 20 = 0 THEN 'cancelled' WHEN i % 7 = 0 THEN 'held' ELSE 'scheduled' END,
            s, s + make_interval(mins => (60 + 30 * (i % 4))::int), 'America/Los_Angeles', 'bench',
            ARRAY[($1::uuid[])[1 + n]], ARRAY[($2::text[])[1 + n]],
            CASE WHEN i % 3 = 0 THEN ARRAY[($1::uuid[])[1 + n]] ELSE '{}'::uuid[] END, '{}',
            CASE WHEN i % 10 = 0 THEN ARRAY['renters'] ELSE '{}'::text[] END, '{en}',
            '{"accessibleVenue":true,"asl":false,"captioning":false,"childcare":false,"food":false,"nearTransit":true,"stipends":false}', 1, now(), now()
       FROM generate_series(1, $4::bigint) AS i,
            LATERAL (SELECT ((i * 7919) % array_length($1::uuid[], 1))::int AS n,
                            timestamptz '2026-01-01 00:00:00 America/Los_Angeles' + make_interval(days => ((i * 104729) % $5::int)::int, hours => (9 + (i * 31) % 11)::int, mins => (30 * (i % 2))::int) AS s) AS x`,
    [neighborhoods.map((n) => n.id), neighborhoods.map((n) => n.district), BUREAUS, ENGAGEMENTS, DAYS],
  );
  await ds.query(
    `INSERT INTO engagement_reach (engagement_id, reach, bureau, status, during)
     SELECT e.id, k, e.bureau, e.status, e.during
       FROM engagement e,
            LATERAL unnest(ARRAY['nbhd:' || e.neighborhood_ids[1], 'district:' || e.location_districts[1]]
                           || (SELECT coalesce(array_agg('org:' || o), '{}') FROM unnest(e.audience_organization_ids) o)
                           || (SELECT coalesce(array_agg('tag:' || t), '{}') FROM unnest(e.community_tags) t)) AS k
      WHERE e.status <> 'cancelled'`,
  );
  await ds.query(REACH_LOOKUP_INDEX);
  await ds.query(`CREATE INDEX engagement_during ON engagement USING gist (during)`);
  // As autovacuum does after a bulk load: statistics, and the visibility map that lets index-only scans skip the heap.
  await ds.query(`VACUUM ANALYZE engagement`);
  await ds.query(`VACUUM ANALYZE engagement_reach`);
  // The fill's gigabyte of writes is flushed now, not by a checkpoint in the middle of the timed checks.
  await ds.query(`CHECKPOINT`);
  return (Date.now() - started) / 1000;
}

/** The check the service runs when an engagement is scheduled or moved, timed alone. */
async function conflictChecks(app: INestApplication, neighborhoods: Array<{ id: string; district: string }>): Promise<{ p50: number; p90: number; p99: number; max: number; found: number }> {
  const engagements = app.get(EngagementRepository);
  const { conflicts } = app.get(CoordinationService);
  const manager = app.get(DataSource).manager;
  const next = random(42);
  const times: number[] = [];
  let found = 0;
  // The first WARMUP checks bring the indexes into memory and are not counted: the figure is the steady state.
  for (let i = -WARMUP; i < CHECKS; i++) {
    const where = neighborhoods[Math.floor(next() * neighborhoods.length)];
    const startsAt = new Date(Date.parse('2026-01-01T17:00:00Z') + Math.floor(next() * DAYS) * 86_400_000 + Math.floor(next() * 22) * 1_800_000);
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    const keys = [reachKey.neighborhood(where.id), reachKey.district(where.district), reachKey.organization(where.id), reachKey.tag('renters')].sort();
    const subject = { id: '00000000-0000-0000-0000-000000000000', bureau: 'PBOT', startsAt, endsAt, keys };
    const t0 = process.hrtime.bigint();
    const { from, to } = conflicts.window(subject);
    const candidates = await engagements.reaching(manager, keys, from, to, ['scheduled'], subject.id);
    const conflicting = conflicts.detect(subject, candidates).length;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i < 0) continue;
    found += conflicting;
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p90: percentile(times, 90), p99: percentile(times, 99), max: times.at(-1)!, found: found / CHECKS };
}

/** HTTP batches through the gateway and NATS, until every scheduled event is in JetStream. */
async function batchIntake(
  baseUrl: string,
  key: string,
  ns: TestNamespace,
  neighborhoods: Array<{ id: string }>,
): Promise<{ rate: number; allRate: number; httpRate: number; failed: number; alerts: number }> {
  const nc = await connect({ servers: TEST_NATS_URL });
  const jsm = await jetstreamManager(nc);
  const engagementStream = `${ns.prefix}_CIVIC_ENGAGEMENT`;
  const coordinationStream = `${ns.prefix}_CIVIC_COORDINATION`;
  const before = (await jsm.streams.info(engagementStream)).state.messages;
  const alertsBefore = (await jsm.streams.info(coordinationStream)).state.messages;
  const next = random(7);
  const batches = Array.from({ length: BATCHES }, (_, b) =>
    Array.from({ length: BATCH_SIZE }, (_, i) => {
      const where = neighborhoods[Math.floor(next() * neighborhoods.length)];
      const start = new Date(Date.parse('2031-01-01T17:00:00Z') + Math.floor(next() * 365) * 86_400_000 + Math.floor(next() * 22) * 1_800_000);
      return {
        title: `Batch ${b} item ${i}`,
        kind: 'open_house',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        location: { address: 'bench' },
        audience: { organizations: [where.id] },
        externalId: `bench-${b}-${i}`,
        languages: ['en', 'es'],
      };
    }),
  );
  let failed = 0;
  const started = Date.now();
  let nextBatch = 0;
  const worker = async () => {
    while (nextBatch < batches.length) {
      const items = batches[nextBatch++];
      const res = await fetch(`${baseUrl}/v1/engagements:batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ items }),
      });
      if (res.status !== 200) throw new Error(`batch answered ${res.status}: ${await res.text()}`);
      failed += ((await res.json()) as { failed: number }).failed;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const httpDone = (Date.now() - started) / 1000;
  const total = BATCHES * BATCH_SIZE - failed;
  await eventually(async () => (await jsm.streams.info(engagementStream)).state.messages - before, (n) => n >= total, { timeoutMs: 600_000, everyMs: 50 });
  const elapsed = (Date.now() - started) / 1000;
  // Every conflict and fatigue alert the batches raised, too: the outbox holds what was committed.
  const db = new pg.Client({ connectionString: ns.databaseUrl('scheduling') });
  await db.connect();
  const [{ alerts }] = (await db.query<{ alerts: number }>(`SELECT count(*)::int AS alerts FROM outbox_event WHERE subject LIKE 'civic.coordination.%'`)).rows;
  await db.end();
  await eventually(async () => (await jsm.streams.info(coordinationStream)).state.messages - alertsBefore, (n) => n >= alerts, { timeoutMs: 600_000, everyMs: 50 });
  const allElapsed = (Date.now() - started) / 1000;
  await nc.close();
  return { rate: total / elapsed, allRate: total / allElapsed, httpRate: total / httpDone, failed, alerts };
}

async function main(): Promise<void> {
  const ns = new TestNamespace();
  const env = { ...ns.env(), LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '120000', OUTBOX_POLL_MS: '100' };
  let scheduling: INestApplication | undefined;
  let gateway: INestApplication | undefined;
  let service: ChildProcess | undefined;
  try {
    scheduling = await createServiceApp(SchedulingModule.forRoot({ env }));
    await scheduling.init();
    const records = portlandRecords();
    const references = scheduling.get(OrganizationReferenceService);
    await scheduling.get(DataSource).transaction(async (manager) => {
      for (const record of records) await references.apply(manager, record);
    });
    const neighborhoods = records
      .filter((r) => r.kind === 'neighborhood_association' && r.councilDistricts.length > 0)
      .map((r) => ({ id: r.id, district: r.councilDistricts[0] }));

    say(`(1) ${ENGAGEMENTS} engagements over five years (generate_series), then ${CHECKS} conflict checks of new engagements`);
    const seconds = await fill(scheduling.get(DataSource), neighborhoods);
    const rows = await scheduling.get(DataSource).query<Array<{ e: number; r: number }>>(
      `SELECT (SELECT count(*) FROM engagement)::int AS e, (SELECT count(*) FROM engagement_reach)::int AS r`,
    );
    say(`    filled ${rows[0].e} engagements and ${rows[0].r} reach rows in ${fmt(seconds)} s`);
    const checks = await conflictChecks(scheduling, neighborhoods);
    say(
      `    conflict check (after ${WARMUP} warm-up checks) p50 ${fmt(checks.p50, 2)} ms, p90 ${fmt(checks.p90, 2)} ms, p99 ${fmt(checks.p99, 2)} ms, max ${fmt(checks.max, 1)} ms ` +
        `(${fmt(checks.found, 1)} conflicts found per check on average)`,
    );

    await scheduling.close();
    scheduling = undefined;
    service = await startScheduling(env);
    gateway = await createServiceApp(GatewayModule.forRoot({ env }), { relay: false });
    configureGatewayHttp(gateway);
    await gateway.listen(0, '127.0.0.1');
    const address = gateway.getHttpServer().address() as { port: number };
    const out: string[] = [];
    if ((await runKeysCreate(['--role', 'bureau', '--bureau', 'PBOT'], env, { stdout: (l) => out.push(l), stderr: () => undefined })) !== 0) {
      throw new Error('keys:create failed');
    }
    say(`(2) batch intake: ${BATCHES} HTTP batches of ${BATCH_SIZE} (${CONCURRENCY} at a time) → gateway → NATS → scheduling (own process) → outbox → JetStream`);
    const intake = await batchIntake(`http://127.0.0.1:${address.port}`, out[0], ns, neighborhoods);
    say(`    ${fmt(intake.rate, 0)} engagements/s from the first request to the last civic.engagement.scheduled in JetStream (HTTP answered at ${fmt(intake.httpRate, 0)}/s; ${intake.failed} items refused)`);
    say(`    ${fmt(intake.allRate, 0)} engagements/s to the last of their ${intake.alerts} conflict and fatigue alerts in JetStream too`);
    say(
      `RESULT engagements=${ENGAGEMENTS} conflict_check_p50_ms=${fmt(checks.p50, 2)} conflict_check_p90_ms=${fmt(checks.p90, 2)} conflict_check_p99_ms=${fmt(checks.p99, 2)} ` +
        `batch_intake_per_s=${fmt(intake.rate, 0)} batch_intake_all_events_per_s=${fmt(intake.allRate, 0)} alerts=${intake.alerts} batch_http_per_s=${fmt(intake.httpRate, 0)} batch_items=${BATCHES * BATCH_SIZE} fill_s=${fmt(seconds, 0)}`,
    );
  } finally {
    await gateway?.close();
    await scheduling?.close();
    if (service) {
      service.kill('SIGTERM');
      await new Promise((r) => service!.once('exit', r));
    }
    await ns.cleanup();
  }
  process.exit(0);
}

await main();
