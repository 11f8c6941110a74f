import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, freePort } from '#libs/testing';
import { startPlatform } from '../support/platform.js';

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * `npm start` stopped with Ctrl-C in a terminal: the signal reaches the whole foreground process
 * group. The launcher drains and flushes, stops its embedded Postgres last, and exits cleanly.
 */
describe('npm start stopped with Ctrl-C', () => {
  const dir = mkdtempSync(join(tmpdir(), 'civic-embedded-'));

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 with no unhandled error, and its embedded Postgres is stopped', async () => {
    const pgPort = await freePort();
    const env: NodeJS.ProcessEnv = { EMBEDDED_POSTGRES_DIR: dir, EMBEDDED_POSTGRES_PORT: String(pgPort), LOG_LEVEL: 'warn', DATABASE_URL: undefined, NATS_URL: undefined };
    const platform = await startPlatform(env, { detached: true });
    const { child } = platform;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      expect(await portOpen(pgPort)).toBe(true);
      process.kill(-child.pid!, 'SIGINT');
      const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 60_000))]);
      expect({ code, output: platform.output() }).toEqual({ code: 0, output: expect.not.stringMatching(/Unhandled|ECONNRESET|terminating connection/) as unknown as string });
      await eventually(() => portOpen(pgPort), (open) => !open, { timeoutMs: 30_000 });
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });
});
