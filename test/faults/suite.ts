import { parseArgs } from 'node:util';
import { eventually } from '#libs/testing';
import { WebhookReceiver } from '../notifications/support.js';
import { createKey } from '../gateway/gateway-app.js';
import { Cluster, SERVICES, type Crash, type ServiceName } from './cluster.js';
import { FAULT_NAMES, FAULTS, type FaultContext } from './faults.js';
import { Reconciler, type Reconciliation } from './reconcile.js';
import { BUREAUS, Workload, type Keys, type Place } from './workload.js';

export interface SuiteOptions {
  faults: string[];
  outageSeconds: number;
  downSeconds: number;
  /** Engagement groups per phase (each with comments, a batch and an organization). */
  groups: number;
  groupIntervalMs: number;
  burstSize: number;
  replicaService: ServiceName;
  /** How long the platform has to answer and drain its backlog after a fault before the phase counts as a hang. */
  recoveryTimeoutSeconds: number;
  /** How long a client keeps retrying one write. */
  writeDeadlineSeconds: number;
}

/** One row of the table. */
export interface PhaseResult {
  fault: string;
  outageSeconds: number;
  reconciliation: Reconciliation;
  /** Seconds from the fault's end until the gateway answered and every backlog was drained; null when it never was. */
  recoverySeconds: number | null;
  /** Accepted writes that took more than one attempt: how many the fault reached. */
  retried: number;
  /** Writes without a 2xx before their deadline, and writes refused with another answer. */
  abandoned: number;
  refused: string[];
  /** New dead letters in this phase. */
  deadLetters: number;
  crashes: Crash[];
  passed: boolean;
}

export interface SuiteReport {
  phases: PhaseResult[];
  /** Everything the run wrote, reconciled once more at the end. */
  total: Reconciliation;
  crashes: Crash[];
  passed: boolean;
  logDir: string;
}

/** Short settings, so that a run takes minutes: a killed consumer's messages come back after 10 s, a killed sender's webhooks after 10 s. */
const SERVICE_SETTINGS = {
  WEBHOOK_ALLOW_ADDRESSES: 'loopback',
  MESSAGING_ACK_WAIT_MS: '10000',
  WEBHOOK_TIMEOUT_MS: '5000',
  DELIVERY_LEASE_MARGIN_MS: '5000',
  OUTBOX_RETRY_MAX_MS: '5000',
};
const PLACES = ['kenton', 'portsmouth', 'arbor-lodge', 'cathedral-park', 'piedmont'];
/** Portland's seeded organizations, which scheduling and feedback must hold before engagements and comments resolve places. */
const SEEDED = 175;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Options from the environment, overridden by the command line (`--faults kill-scheduling,burst --outage-seconds 5 …`). */
export function readOptions(argv: string[], env: NodeJS.ProcessEnv): SuiteOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      faults: { type: 'string' },
      'outage-seconds': { type: 'string' },
      'down-seconds': { type: 'string' },
      groups: { type: 'string' },
      'burst-size': { type: 'string' },
      'replica-service': { type: 'string' },
      'recovery-timeout-seconds': { type: 'string' },
    },
  });
  const number = (name: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of at least 0 (got "${value}")`);
    return n;
  };
  const faults = (values.faults ?? env.FAULTS ?? FAULT_NAMES.join(',')).split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = faults.filter((f) => !(f in FAULTS));
  if (unknown.length) throw new Error(`unknown fault(s) ${unknown.join(', ')}; known: ${FAULT_NAMES.join(', ')}`);
  const replicaService = values['replica-service'] ?? env.REPLICA_SERVICE ?? 'scheduling';
  if (!(SERVICES as readonly string[]).includes(replicaService) || replicaService === 'gateway') {
    throw new Error(`REPLICA_SERVICE must be one of ${SERVICES.filter((s) => s !== 'gateway').join(', ')}`);
  }
  const outageSeconds = number('OUTAGE_SECONDS', values['outage-seconds'] ?? env.OUTAGE_SECONDS, 30);
  return {
    faults,
    outageSeconds,
    downSeconds: number('DOWN_SECONDS', values['down-seconds'] ?? env.DOWN_SECONDS, 5),
    groups: Math.max(1, Math.round(number('WORKLOAD_GROUPS', values.groups ?? env.WORKLOAD_GROUPS, 12))),
    groupIntervalMs: 500,
    burstSize: Math.round(number('BURST_SIZE', values['burst-size'] ?? env.BURST_SIZE, 40)),
    replicaService: replicaService as ServiceName,
    recoveryTimeoutSeconds: number('RECOVERY_TIMEOUT_SECONDS', values['recovery-timeout-seconds'] ?? env.RECOVERY_TIMEOUT_SECONDS, 240),
    writeDeadlineSeconds: outageSeconds + 150,
  };
}

/**
 * Starts the cluster, sets bureaus and a webhook subscriber up, then runs each fault in turn under
 * the workload and reconciles after it. `progress` hears one line per step.
 */
export async function runFaultSuite(options: SuiteOptions, progress: (line: string) => void = () => undefined): Promise<SuiteReport> {
  const receiver = new WebhookReceiver();
  const hookUrl = await receiver.start();
  progress('starting NATS, Postgres and the five services');
  const cluster = await Cluster.start(SERVICE_SETTINGS);
  const reconciler = new Reconciler(cluster, receiver);
  let passed = false;
  try {
    await waitFor('the seeded organizations in scheduling and feedback', 120_000, async () => {
      const [scheduling, feedback] = await Promise.all([reconciler.count('scheduling', 'organization_reference'), reconciler.count('feedback', 'place')]);
      return scheduling >= SEEDED && feedback > 0;
    });
    const keys = await createKeys(cluster);
    const places = await readPlaces(cluster.gatewayUrl, keys.admin);
    await subscribe(cluster.gatewayUrl, await createKey(cluster.env, '--role', 'coordinator', '--label', 'fault suite desk'), hookUrl, receiver);
    const workload = new Workload(cluster.gatewayUrl, keys, places, options.writeDeadlineSeconds * 1000);

    const phases: PhaseResult[] = [];
    let deadLetters = 0;
    for (const [index, id] of options.faults.entries()) {
      progress(`fault ${id}`);
      const result = await runPhase(id, `${index + 1}:${id}`, { cluster, workload, reconciler, options, deadLettersBefore: deadLetters });
      deadLetters = result.reconciliation.deadLetters;
      phases.push(result);
      progress(`  ${result.passed ? 'ok' : 'FAILED'}: ${result.reconciliation.accepted} accepted, recovered in ${result.recoverySeconds ?? 'never'} s`);
    }
    const total = await reconciler.reconcile(workload.writes, new Date(0));
    passed = phases.every((p) => p.passed) && total.lost === 0 && total.duplicated === 0 && total.deadLetters === 0 && cluster.crashes.length === 0;
    return { phases, total, crashes: [...cluster.crashes], passed, logDir: cluster.logDir };
  } finally {
    await reconciler.close();
    await cluster.destroy();
    await receiver.close();
    if (passed) cluster.removeLogs();
  }
}

interface PhaseDeps {
  cluster: Cluster;
  workload: Workload;
  reconciler: Reconciler;
  options: SuiteOptions;
  deadLettersBefore: number;
}

/** `phase` names the writes of this run of fault `id` (a fault may be listed twice). */
async function runPhase(id: string, phase: string, { cluster, workload, reconciler, options, deadLettersBefore }: PhaseDeps): Promise<PhaseResult> {
  const fault = FAULTS[id];
  const ctx: FaultContext = {
    cluster,
    workload,
    phase,
    outageMs: options.outageSeconds * 1000,
    downMs: options.downSeconds * 1000,
    burstSize: options.burstSize,
    replicaService: options.replicaService,
  };
  const crashesBefore = cluster.crashes.length;
  // A crash ends the phase's waits at once: it has failed, and the processes left may never drain.
  const crash = cluster.nextCrash().then(() => false);
  const crashed = () => cluster.crashes.length > crashesBefore;
  const since = new Date();
  await fault.prepare?.(ctx);
  const load = workload.run(phase, options.groups, options.groupIntervalMs);
  // The fault lands mid-load: once about a quarter of the phase's writes have been answered.
  await waitFor(`the first answers of phase ${phase}`, options.writeDeadlineSeconds * 1000, async () => workload.answered(phase) >= options.groups * 2);
  const lifted = await fault.inject(ctx);
  const deadline = Date.now() + options.recoveryTimeoutSeconds * 1000;
  const finished = await within(Promise.race([load.then(() => true), crash]), deadline - Date.now() + options.writeDeadlineSeconds * 1000);
  const writes = workload.writes.filter((w) => w.phase === phase);

  let recoverySeconds: number | null = null;
  let reconciliation: Reconciliation | undefined;
  while (Date.now() < deadline && !crashed()) {
    reconciliation = await reconciler.reconcile(writes, since).catch(() => undefined);
    if (finished && reconciliation?.gatewayReady && reconciliation.backlog === 0 && reconciliation.lost === 0) {
      recoverySeconds = (Date.now() - lifted) / 1000;
      break;
    }
    await sleep(250);
  }
  // Late repeats and duplicates show after the backlog drained: look once more a moment later.
  await sleep(2000);
  await cluster.restartCrashed();
  reconciliation = (await reconciler.reconcile(writes, since).catch(() => undefined)) ?? reconciliation ?? (await reconciler.reconcile(writes, since));
  await fault.restore?.(ctx);
  const crashes = cluster.crashes.slice(crashesBefore);
  const refused = writes.filter((w) => w.outcome === 'refused').map((w) => `${w.kind} ${w.ref}: ${w.failures[w.failures.length - 1]}`);
  const abandoned = writes.filter((w) => w.outcome === 'abandoned').length;
  const deadLetters = reconciliation.deadLetters - deadLettersBefore;
  return {
    fault: fault.name,
    outageSeconds: fault.outageSeconds(ctx),
    reconciliation,
    recoverySeconds,
    retried: writes.filter((w) => w.outcome === 'accepted' && w.attempts > 1).length,
    abandoned,
    refused,
    deadLetters,
    crashes,
    passed: recoverySeconds !== null && reconciliation.lost === 0 && reconciliation.duplicated === 0 && deadLetters === 0 && abandoned === 0 && refused.length === 0 && crashes.length === 0,
  };
}

async function createKeys(cluster: Cluster): Promise<Keys> {
  const bureaus: Record<string, string> = {};
  for (const bureau of BUREAUS) bureaus[bureau] = await createKey(cluster.env, '--role', 'bureau', '--bureau', bureau, '--label', `${bureau} intake`);
  return { admin: await createKey(cluster.env, '--role', 'admin', '--label', 'fault suite'), bureaus };
}

async function readPlaces(base: string, key: string): Promise<Place[]> {
  return Promise.all(
    PLACES.map(async (slug) => {
      const res = await fetch(`${base}/v1/organizations/${slug}`, { headers: { authorization: `Bearer ${key}` } });
      const body = (await res.json()) as { representativePoint?: [number, number] };
      if (res.status !== 200 || !body.representativePoint) throw new Error(`the seeded registry has no ${slug} with a representative point (${res.status})`);
      const [lon, lat] = body.representativePoint;
      return { slug, lat, lon };
    }),
  );
}

/** A coordinator's webhook for every engagement and coordination alert. */
async function subscribe(base: string, key: string, url: string, receiver: WebhookReceiver): Promise<void> {
  const post = (path: string, body: object) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const subscriber = await post('/v1/subscribers', { name: 'Fault suite desk', kind: 'staff' });
  if (subscriber.status !== 201) throw new Error(`creating the subscriber answered ${subscriber.status}`);
  const subscription = await post('/v1/subscriptions', { eventTypes: ['engagement.*', 'coordination.*'], channel: 'webhook', webhookUrl: url });
  const body = (await subscription.json()) as { webhookSecret?: string };
  if (subscription.status !== 201 || !body.webhookSecret) throw new Error(`creating the subscription answered ${subscription.status}`);
  receiver.useSecret(body.webhookSecret);
}

/** Polls `done` (an error counts as not yet) until it holds; throws after `timeoutMs` naming what was awaited. */
async function waitFor(what: string, timeoutMs: number, done: () => Promise<boolean>): Promise<void> {
  await eventually(() => done().catch(() => false), (ok) => ok, { timeoutMs, everyMs: 250 }).catch((err: Error) => {
    throw new Error(`waiting for ${what}: ${err.message}`);
  });
}

/** What `promise` answered, or false when it did not settle within `ms`. */
async function within(promise: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
