import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withDatabase } from '#libs/persistence';
import { PrivateNatsServer, PrivatePostgres, eventually, freePort, startNodeScript } from '#libs/testing';

/** The five services, in the order they are started (the gateway last, once it has something to forward to). */
export const SERVICES = ['registry', 'scheduling', 'feedback', 'notifications', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The platform's streams and subjects live under this prefix, so the dead-letter helpers can find them. */
export const PREFIX = 'faults';

const SEED = resolve('dist/apps/registry/src/seed/seed.js');
const main = (service: ServiceName) => resolve(`dist/apps/${service}/src/main.js`);

/** One running process of a service. */
interface ServiceProcess {
  child: ChildProcess;
  port: number;
  /** Set before the suite stops or kills it, so its exit is not taken for a crash. */
  expectedExit: boolean;
}

/** A service process that exited without being told to. */
export interface Crash {
  process: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * A private NATS, a private Postgres cluster and every service in a process of its own, as a
 * distributed deployment runs them (`npm run start:<service>`), all on free ports and in
 * directories of their own. Each process's output goes to a log file under `logDir`.
 */
export class Cluster {
  readonly crashes: Crash[] = [];
  private crashed = new Set<string>();
  private crashListeners: Array<() => void> = [];
  readonly logDir = mkdtempSync(join(tmpdir(), 'civic-faults-'));
  private readonly processes = new Map<string, ServiceProcess>();
  private readonly logs = new Map<string, WriteStream>();
  private forgetSignals = () => undefined as void;

  private constructor(
    readonly nats: PrivateNatsServer,
    readonly postgres: PrivatePostgres,
    private readonly settings: Record<string, string>,
  ) {}

  /** `settings`: environment every service gets besides the cluster's addresses. */
  static async start(settings: Record<string, string> = {}): Promise<Cluster> {
    for (const service of SERVICES) {
      if (!existsSync(main(service))) throw new Error(`${main(service)} is missing: run "npm run build" first`);
    }
    const nats = new PrivateNatsServer(await freePort());
    await nats.start();
    // Six service processes of about 13 connections each, and the suite's own.
    const postgres = await PrivatePostgres.create(undefined, { max_connections: '300' });
    const cluster = new Cluster(nats, postgres, settings);
    // Ctrl-C leaves no server or service behind.
    const interrupted = () => void cluster.destroy().finally(() => process.exit(130));
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    cluster.forgetSignals = () => {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
    };
    await cluster.seedRegistry();
    await Promise.all(SERVICES.filter((s) => s !== 'gateway').map((s) => cluster.startService(s)));
    await cluster.startService('gateway');
    return cluster;
  }

  /** What every service process is given: `DATABASE_URL` names the cluster, each service derives `civic_<service>`. */
  get env(): NodeJS.ProcessEnv {
    return {
      DATABASE_URL: this.postgres.url('civic'),
      NATS_URL: this.nats.url,
      MESSAGING_PREFIX: PREFIX,
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
      ...this.settings,
    };
  }

  databaseUrl(service: ServiceName): string {
    return withDatabase(this.postgres.url(), `civic_${service}`);
  }

  get gatewayUrl(): string {
    const gateway = this.processes.get(processName('gateway', 0));
    if (!gateway) throw new Error('the gateway is not running');
    return `http://127.0.0.1:${gateway.port}`;
  }

  running(service: ServiceName, replica = 0): boolean {
    const p = this.processes.get(processName(service, replica));
    return p !== undefined && p.child.exitCode === null && p.child.signalCode === null;
  }

  /** Starts replica `replica` of `service` (on the gateway's former port, so clients find it again) and waits for it to say it is ready. */
  async startService(service: ServiceName, replica = 0): Promise<void> {
    const name = processName(service, replica);
    const port = this.processes.get(name)?.port ?? (await freePort());
    const child = await startNodeScript(main(service), { ...this.env, PORT: String(port) }, name, { output: this.log(name), timeoutMs: 180_000 });
    const running: ServiceProcess = { child, port, expectedExit: false };
    child.once('exit', (code, signal) => {
      if (running.expectedExit) return;
      this.crashes.push({ process: name, code, signal });
      this.crashed.add(name);
      for (const listener of this.crashListeners.splice(0)) listener();
    });
    this.processes.set(name, running);
    await eventually(
      () => fetch(`http://127.0.0.1:${port}/health/live`).then((r) => r.status, () => 0),
      (status) => status === 200,
      { timeoutMs: 30_000, everyMs: 100 },
    );
  }

  /** Resolves at the next crash of any service process. */
  nextCrash(): Promise<void> {
    return new Promise((resolve) => this.crashListeners.push(resolve));
  }

  /** Starts again every process that crashed, so that the next fault finds the whole platform. */
  async restartCrashed(): Promise<void> {
    for (const name of [...this.crashed]) {
      const [service, replica] = name.split('-');
      await this.startService(service as ServiceName, Number(replica));
      this.crashed.delete(name);
    }
  }

  /** `kill -9`, or SIGTERM for an orderly stop; resolves once the process has exited. */
  async stopService(service: ServiceName, replica = 0, signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
    const p = this.processes.get(processName(service, replica));
    if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
    p.expectedExit = true;
    const exited = new Promise((done) => p.child.once('exit', done));
    p.child.kill(signal);
    const timer = setTimeout(() => p.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }

  /** Forgets a replica that was stopped for good, so the next one started under its number gets a port of its own. */
  forget(service: ServiceName, replica: number): void {
    this.processes.delete(processName(service, replica));
  }

  async destroy(): Promise<void> {
    this.forgetSignals();
    await Promise.all([...this.processes.keys()].map((name) => this.stopByName(name)));
    await this.nats.destroy();
    await this.postgres.destroy();
    for (const log of this.logs.values()) log.end();
  }

  /** Removes the logs too: only when the run passed, so a failure leaves them to read. */
  removeLogs(): void {
    rmSync(this.logDir, { recursive: true, force: true });
  }

  private async stopByName(name: string): Promise<void> {
    const [service, replica] = name.split('-');
    await this.stopService(service as ServiceName, Number(replica), 'SIGTERM');
  }

  /** Portland's organizations, as `npm run seed` does; the registry's relay publishes them once it starts. */
  private async seedRegistry(): Promise<void> {
    const seed = spawn(process.execPath, [SEED], { env: { ...process.env, ...this.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    seed.stdout.pipe(this.log('seed'), { end: false });
    seed.stderr.pipe(this.log('seed'), { end: false });
    const code = await new Promise<number | null>((done) => seed.once('exit', done));
    if (code !== 0) throw new Error(`the registry seed exited with ${code}; see ${join(this.logDir, 'seed.log')}`);
  }

  private log(name: string): WriteStream {
    let log = this.logs.get(name);
    if (!log) {
      log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
      this.logs.set(name, log);
    }
    return log;
  }
}

const processName = (service: ServiceName, replica: number) => `${service}-${replica}`;
