import { SERVICES, type Cluster, type ServiceName } from './cluster.js';
import type { Workload } from './workload.js';

export interface FaultContext {
  cluster: Cluster;
  workload: Workload;
  /** The phase's name, under which the fault's own writes (a burst) are recorded. */
  phase: string;
  /** How long a stopped NATS or Postgres stays down. */
  outageMs: number;
  /** How long a killed service stays down before it is restarted. */
  downMs: number;
  burstSize: number;
  replicaService: ServiceName;
}

/**
 * One fault, injected while the workload runs. `inject` resolves once the fault is over (the
 * server or process started again), with the time it began to lift, from which recovery counts.
 */
export interface Fault {
  name: string;
  /** Seconds the fault keeps something down, for the table. */
  outageSeconds(ctx: FaultContext): number;
  prepare?(ctx: FaultContext): Promise<void>;
  inject(ctx: FaultContext): Promise<number>;
  /** Puts the cluster back as it was, after the phase is reconciled. */
  restore?(ctx: FaultContext): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Something stopped, kept down for `downMs`, and started again; recovery counts from the start. */
function outage(name: string, downMs: (ctx: FaultContext) => number, stop: (ctx: FaultContext) => Promise<void>, start: (ctx: FaultContext) => Promise<void>): Fault {
  return {
    name,
    outageSeconds: (ctx) => downMs(ctx) / 1000,
    async inject(ctx) {
      await stop(ctx);
      await sleep(downMs(ctx));
      const lifted = Date.now();
      await start(ctx);
      return lifted;
    },
  };
}

const killService = (service: ServiceName): Fault =>
  outage(
    `kill -9 ${service}`,
    (ctx) => ctx.downMs,
    ({ cluster }) => cluster.stopService(service, 0, 'SIGKILL'),
    ({ cluster }) => cluster.startService(service),
  );

const never = () => 0;
const outageMs = (ctx: FaultContext) => ctx.outageMs;
const startNats = ({ cluster }: FaultContext) => cluster.nats.start();
const startPostgres = ({ cluster }: FaultContext) => cluster.postgres.start();

/** Every fault the suite knows, by the name `FAULTS` lists it under, in the order a full run takes them. */
export const FAULTS: Record<string, Fault> = {
  baseline: { name: 'none (baseline)', outageSeconds: never, inject: async () => Date.now() },
  ...Object.fromEntries(SERVICES.map((s) => [`kill-${s}`, killService(s)])),
  'nats-stop': outage('NATS stopped (SIGTERM)', outageMs, ({ cluster }) => cluster.nats.stop('SIGTERM'), startNats),
  'nats-kill': outage('NATS killed (SIGKILL)', never, ({ cluster }) => cluster.nats.stop('SIGKILL'), startNats),
  'postgres-restart': outage('Postgres fast restart', never, ({ cluster }) => cluster.postgres.stop('fast'), startPostgres),
  'postgres-stop': outage('Postgres stopped', outageMs, ({ cluster }) => cluster.postgres.stop('fast'), startPostgres),
  burst: {
    name: 'burst of comment submits',
    outageSeconds: never,
    async inject({ workload, phase, burstSize }) {
      const started = Date.now();
      await workload.burst(phase, burstSize);
      return started;
    },
  },
  'replica-kill': {
    name: 'two replicas, one killed',
    outageSeconds: never,
    async prepare({ cluster, replicaService }) {
      await cluster.startService(replicaService, 1);
    },
    async inject({ cluster, replicaService }) {
      // The first replica goes for good; the second carries on alone.
      await cluster.stopService(replicaService, 0, 'SIGKILL');
      return Date.now();
    },
    async restore({ cluster, replicaService }) {
      await cluster.startService(replicaService, 0);
      await cluster.stopService(replicaService, 1, 'SIGTERM');
      cluster.forget(replicaService, 1);
    },
  },
};

export const FAULT_NAMES = Object.keys(FAULTS);
