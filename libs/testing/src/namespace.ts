import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/**
 * A test file's own corner of the shared Postgres and NATS: databases named `<prefix>_<service>`
 * and streams and subjects under `<prefix>`. `cleanup` removes them all.
 */
export class TestNamespace {
  readonly prefix = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

  /** Environment for a service in this namespace; pass `natsUrl: null` for the in-process transport. */
  env(options: { natsUrl?: string | null; extra?: Record<string, string> } = {}): NodeJS.ProcessEnv {
    const db = new URL(TEST_POSTGRES_URL);
    db.pathname = `/${this.prefix}`;
    const natsUrl = options.natsUrl === undefined ? TEST_NATS_URL : options.natsUrl;
    return {
      DATABASE_URL: db.toString(),
      MESSAGING_PREFIX: this.prefix,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...(natsUrl ? { NATS_URL: natsUrl } : {}),
      ...options.extra,
    };
  }

  databaseUrl(service: string): string {
    const db = new URL(TEST_POSTGRES_URL);
    db.pathname = `/${this.prefix}_${service}`;
    return db.toString();
  }

  async cleanup(natsUrls: string[] = [TEST_NATS_URL]): Promise<void> {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${this.prefix}%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    for (const url of natsUrls) await this.removeStreams(url);
  }

  private async removeStreams(url: string): Promise<void> {
    let nc;
    try {
      nc = await connect({ servers: url, timeout: 2000 });
    } catch {
      return;
    }
    try {
      const jsm = await jetstreamManager(nc);
      for await (const name of jsm.streams.names()) {
        // The payload bucket's stream is named OBJ_<bucket>.
        if (name.startsWith(`${this.prefix}_`) || name.startsWith(`OBJ_${this.prefix}_`)) await jsm.streams.delete(name);
      }
    } finally {
      await nc.close();
    }
  }
}
