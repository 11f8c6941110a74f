import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { TEST_POSTGRES_URL } from '#libs/testing';
import { isTransientDatabaseError } from './transient-errors.js';

/** What a failed promise rejected with. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
}

async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('isTransientDatabaseError', () => {
  it('recognises a refused connection, from node-postgres and through TypeORM', async () => {
    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/postgres`;
    const client = new pg.Client({ connectionString: url });
    expect(isTransientDatabaseError(await failure(client.connect()))).toBe(true);
    const dataSource = new DataSource({ type: 'postgres', url });
    expect(isTransientDatabaseError(await failure(dataSource.initialize()))).toBe(true);
  });

  it('recognises a connection the server terminated (57P01) and the client left unusable', async () => {
    const victim = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    victim.on('error', () => undefined);
    await victim.connect();
    await admin.connect();
    try {
      const { rows } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const sleeping = failure(victim.query('SELECT pg_sleep(30)'));
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      const terminated = await sleeping;
      expect(terminated).toMatchObject({ code: '57P01' });
      expect(isTransientDatabaseError(terminated)).toBe(true);
      expect(isTransientDatabaseError(await failure(victim.query('SELECT 1')))).toBe(true);
    } finally {
      await admin.end();
      await victim.end().catch(() => undefined);
    }
  });

  it('recognises the released query runner of a transaction whose connection the server terminated between two statements', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL, extra: { max: 2 } }).initialize();
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const outcome = failure(
        dataSource.transaction(async (manager) => {
          const [{ pid }] = await manager.query<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid');
          await admin.query('SELECT pg_terminate_backend($1)', [pid]);
          // The client's 'error' event releases TypeORM's query runner before the next statement.
          await new Promise((r) => setTimeout(r, 200));
          await manager.query('SELECT 1');
        }),
      );
      const err = await outcome;
      expect((err as Error).message).toMatch(/already released/);
      expect(isTransientDatabaseError(err)).toBe(true);
    } finally {
      await admin.end();
      await dataSource.destroy();
    }
  });

  it('recognises a pool that cannot hand out a connection in time, and a pool already ended', async () => {
    const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1, connectionTimeoutMillis: 200 });
    const held = await pool.connect();
    try {
      expect(isTransientDatabaseError(await failure(pool.query('SELECT 1')))).toBe(true);
    } finally {
      held.release();
      await pool.end();
    }
    expect(isTransientDatabaseError(await failure(pool.query('SELECT 1')))).toBe(true);
  });

  it('recognises the class 08 and shutdown codes on errors that carry no known message', () => {
    for (const code of ['08000', '08003', '08006', '57P01', '57P02', '57P03', '53300', 'ECONNRESET', 'ETIMEDOUT']) {
      expect(isTransientDatabaseError(Object.assign(new Error('x'), { code }))).toBe(true);
    }
    expect(isTransientDatabaseError({ driverError: Object.assign(new Error('x'), { code: '08006' }) })).toBe(true);
    expect(isTransientDatabaseError(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('does not blame the connection for a statement the server refused, or for anything else', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL }).initialize();
    try {
      expect(isTransientDatabaseError(await failure(dataSource.query('SELEC 1')))).toBe(false);
      expect(isTransientDatabaseError(await failure(dataSource.query('SELECT 1/0')))).toBe(false);
      expect(isTransientDatabaseError(await failure(dataSource.query('SELECT * FROM no_such_table')))).toBe(false);
    } finally {
      await dataSource.destroy();
    }
    expect(isTransientDatabaseError(new Error('boom'))).toBe(false);
    expect(isTransientDatabaseError(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(isTransientDatabaseError(undefined)).toBe(false);
    expect(isTransientDatabaseError('Connection terminated')).toBe(false);
  });
});
