import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { TEST_NATS_URL, TestNamespace, eventually, freePort } from '#libs/testing';
import { PointLookup } from '../../apps/registry/src/lookup/point-lookup.js';
import { OrganizationRepository } from '../../apps/registry/src/organizations/organization.repository.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';
import { seedIfEmpty } from '../../apps/registry/src/seed/registry-seed.js';

/**
 * `npm run bench:registry`: (1) point lookups per second against the in-memory index of Portland's
 * seeded registry, in process; (2) `GET /v1/lookup` latency at 500 requests/s, evenly paced by an
 * open-loop generator here and in bursts by autocannon, against the platform started as `npm start` starts it (over NATS by default, as
 * deployed; BENCH_TRANSPORT=in-process for the single-process transport).
 */
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 200_000);
const HTTP_RATE = Number(process.env.BENCH_HTTP_RATE ?? 500);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 20);
const TRANSPORT = process.env.BENCH_TRANSPORT ?? 'nats';

const PLATFORM = resolve('dist/deploy/platform/main.js');
const KEYS_CREATE = resolve('dist/apps/gateway/src/auth/keys-create.js');

/** Points over Portland's extent, the same every run (a fixed-seed LCG), most inside the city. */
function portlandPoints(n: number): Array<[number, number]> {
  let seed = 42;
  const next = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, () => [45.43 + next() * 0.22, -122.84 + next() * 0.37] as [number, number]);
}

async function inProcessLookups(ns: TestNamespace): Promise<{ perSecond: number; hitShare: number }> {
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const app = await createServiceApp(RegistryModule.forRoot({ env: ns.env({ natsUrl: null }), broker, probes: false }), { relay: false });
  await app.init();
  try {
    await seedIfEmpty(app);
    const lookup = new PointLookup(await app.get(OrganizationRepository).findAll());
    const points = portlandPoints(10_000);
    for (let i = 0; i < 20_000; i++) lookup.at(...points[i % points.length]);
    let hits = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < LOOKUPS; i++) if (lookup.at(...points[i % points.length]).neighborhoodAssociations.length > 0) hits++;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { perSecond: LOOKUPS / seconds, hitShare: hits / LOOKUPS };
  } finally {
    await app.close();
    broker.close();
  }
}

async function startPlatform(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  let output = '';
  const child = spawn(process.execPath, ['--max-semi-space-size=64', PLATFORM], { env: { ...process.env, ...env, PORT: String(port), NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
  await eventually(
    async () => output,
    (o) => {
      if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${o}`);
      return o.includes('Press Ctrl-C to stop.');
    },
    { timeoutMs: 120_000 },
  );
  return child;
}

interface HttpFigures {
  served: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Open-loop load: requests leave evenly spaced at `rate` per second whatever the answers do, and
 * each latency counts from when its request was due, so a stall shows in the figures instead of
 * slowing the load (no coordinated omission).
 */
async function pacedLoad(base: string, paths: string[], headers: Record<string, string>, rate: number, seconds: number): Promise<HttpFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  let failed = 0;
  const total = rate * seconds;
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  const send = (i: number, due: number) => {
    const done = new Promise<void>((resolveRequest) => {
      const req = http.get(`${base}${paths[i % paths.length]}`, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - due);
          else failed++;
          resolveRequest();
        });
      });
      req.on('error', () => {
        failed++;
        resolveRequest();
      });
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    for (; sent < total && started + (sent * 1000) / rate <= now; sent++) send(sent, started + (sent * 1000) / rate);
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return { served: latencies.length / ((performance.now() - started) / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1], failed };
}

async function httpLookups(ns: TestNamespace): Promise<{ paced: HttpFigures; bursts: autocannon.Result }> {
  const env = ns.env({ natsUrl: TRANSPORT === 'in-process' ? null : TEST_NATS_URL, extra: { LOG_LEVEL: 'warn' } });
  const port = await freePort();
  const platform = await startPlatform(env, port);
  try {
    const key = spawnSync(process.execPath, [KEYS_CREATE, '--role', 'bureau', '--bureau', 'PBOT'], { env: { ...process.env, ...env, NODE_OPTIONS: '' }, encoding: 'utf8' });
    if (key.status !== 0) throw new Error(`keys:create failed: ${key.stderr}`);
    const headers = { authorization: `Bearer ${key.stdout.trim()}` };
    const base = `http://127.0.0.1:${port}`;
    const paths = portlandPoints(5_000).map(([lat, lon]) => `/v1/lookup?lat=${lat.toFixed(5)}&lon=${lon.toFixed(5)}`);
    await pacedLoad(base, paths, headers, HTTP_RATE, 3); // warm-up: JIT, connection pools, the index
    const paced = await pacedLoad(base, paths, headers, HTTP_RATE, HTTP_SECONDS);
    // autocannon's rate limit sends each connection's share at the start of every second: bursts of load.
    let i = 0;
    const bursts = await autocannon({
      url: base,
      connections: 20,
      overallRate: HTTP_RATE,
      duration: HTTP_SECONDS,
      headers,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    });
    return { paced, bursts };
  } finally {
    platform.kill('SIGTERM');
    await new Promise((done) => platform.once('exit', done));
  }
}

async function main(): Promise<void> {
  const ns = new TestNamespace();
  try {
    console.log(`registry benchmark on ${process.env.HOSTNAME ?? 'this machine'}: Portland's seeded registry, namespace ${ns.prefix}`);
    const local = await inProcessLookups(ns);
    console.log(`in-process point lookups: ${Math.round(local.perSecond)}/s over ${LOOKUPS} lookups (${(local.hitShare * 100).toFixed(0)}% land in a neighborhood; target >= 20000/s)`);
    await ns.cleanup();
    const { paced, bursts } = await httpLookups(ns);
    const ms = (n: number) => n.toFixed(1);
    console.log(
      `HTTP GET /v1/lookup, ${HTTP_RATE} req/s evenly paced for ${HTTP_SECONDS}s (${TRANSPORT}): ${Math.round(paced.served)} req/s served, ` +
        `p50 ${ms(paced.p50)} ms, p99 ${ms(paced.p99)} ms, max ${ms(paced.max)} ms, ${paced.failed} failed (target p99 <= 20 ms)`,
    );
    console.log(
      `HTTP GET /v1/lookup, autocannon at ${HTTP_RATE} req/s in one-second bursts over 20 connections: p50 ${bursts.latency.p50} ms, p99 ${bursts.latency.p99} ms, ` +
        `${bursts.non2xx} non-2xx, ${bursts.errors} errors`,
    );
    console.log(
      `RESULT lookups_per_s=${Math.round(local.perSecond)} http_rate=${HTTP_RATE} http_p50_ms=${ms(paced.p50)} http_p99_ms=${ms(paced.p99)} http_failed=${paced.failed} ` +
        `autocannon_p50_ms=${bursts.latency.p50} autocannon_p99_ms=${bursts.latency.p99} autocannon_non2xx=${bursts.non2xx} transport=${TRANSPORT}`,
    );
  } finally {
    await ns.cleanup();
  }
}

await main();
