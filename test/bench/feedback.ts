import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { TestNamespace } from '#libs/testing';
import { FeedbackModule } from '../../apps/feedback/src/feedback.module.js';
import { SynthesisRunner } from '../../apps/feedback/src/syntheses/synthesis.runner.js';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { variedComments } from './feedback-variation.js';

/**
 * `npm run bench:feedback`: (1) theme synthesis of 100,000 comments built from the Austin community survey with
 * variation, in a process of its own (wall seconds, peak RSS); (2) batch intake through the gateway's HTTP API into
 * the feedback service's Postgres, 5,000 comments a request (comments/s); (3) the synthesis job over those comments
 * as the service runs it (database read, synthesis, 100,000 theme assignments written). Uses this machine's Postgres,
 * in a namespace it removes after.
 */
const COMMENTS = Number(process.env.BENCH_FEEDBACK_COMMENTS ?? 100_000);
const BATCH = 5000;
const here = dirname(fileURLToPath(import.meta.url));
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function synthesisAlone(): Promise<{ seconds: number; peakRssMb: number; themes: number; other: number; labels: string[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(here, 'synthesis-run.js'), String(COMMENTS)], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { seconds: number; peakRssMb: number; themes: number; other: number; labels: string[] };
}

async function intakeAndJob(ns: TestNamespace): Promise<{ perSecond: number; jobSeconds: number; jobThemes: number }> {
  const env = ns.env({ natsUrl: null, extra: { FEEDBACK_JOB_POLL_MS: '0' } });
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  const feedback = await createServiceApp(FeedbackModule.forRoot({ env, broker, probes: false }), { relay: false });
  await feedback.init();
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }), { relay: false });
  configureGatewayHttp(gateway);
  await gateway.listen(0, '127.0.0.1');
  const base = await gateway.getUrl();
  try {
    const out: string[] = [];
    await runKeysCreate(['--role', 'bureau', '--bureau', 'PBOT'], env, { stdout: (l) => out.push(l), stderr: () => undefined });
    const headers = { Authorization: `Bearer ${out[0]}`, 'Content-Type': 'application/json' };
    const root = join(here, '..', '..', '..', 'test', 'fixtures', 'austin-community-survey');
    const rows = parse(readFileSync(join(root, 'dataset_austin.csv')), { columns: true }) as { text: string; Council_District: string }[];
    const texts = variedComments(rows.map((r) => r.text), COMMENTS, 11);
    const bodies: string[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      bodies.push(JSON.stringify({ comments: texts.slice(i, i + BATCH).map((text, j) => ({ text, source: 'survey', externalId: String(i + j) })) }));
    }
    const started = performance.now();
    for (const body of bodies) {
      const res = await fetch(`${base}/v1/comments:batch`, { method: 'POST', headers, body });
      if (res.status !== 201) throw new Error(`batch answered ${res.status}: ${await res.text()}`);
    }
    const perSecond = COMMENTS / ((performance.now() - started) / 1000);

    const jobStarted = performance.now();
    const accepted = (await (await fetch(`${base}/v1/syntheses`, { method: 'POST', headers, body: JSON.stringify({ scope: { bureau: 'PBOT' } }) })).json()) as { id: string };
    await feedback.get(SynthesisRunner).idle();
    const view = (await (await fetch(`${base}/v1/syntheses/${accepted.id}`, { headers })).json()) as { status: string; themes: unknown[] };
    if (view.status !== 'done') throw new Error(`synthesis job ended ${view.status}`);
    return { perSecond, jobSeconds: (performance.now() - jobStarted) / 1000, jobThemes: view.themes.length };
  } finally {
    await gateway.close();
    await feedback.close();
    broker.close();
  }
}

const alone = await synthesisAlone();
console.log(`synthesis of ${COMMENTS} comments: ${fmt(alone.seconds)} s wall, peak RSS ${fmt(alone.peakRssMb, 0)} MB, ${alone.themes} themes, ${alone.other} in other`);
for (const label of alone.labels) console.log(`  ${label}`);
const ns = new TestNamespace();
try {
  const intake = await intakeAndJob(ns);
  console.log(`batch intake: ${fmt(intake.perSecond, 0)} comments/s (HTTP, ${BATCH} a request, into Postgres with one event per batch)`);
  console.log(`synthesis job over the stored comments: ${fmt(intake.jobSeconds)} s, ${intake.jobThemes} themes`);
  console.log(
    `RESULT comments=${COMMENTS} synthesis_seconds=${fmt(alone.seconds)} synthesis_peak_rss_mb=${fmt(alone.peakRssMb, 0)} themes=${alone.themes} ` +
      `intake_comments_per_s=${fmt(intake.perSecond, 0)} job_seconds=${fmt(intake.jobSeconds)}`,
  );
} finally {
  await ns.cleanup();
}
