import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventually, freePort } from '#libs/testing';

const PLATFORM = resolve('dist/deploy/platform/main.js');

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
    if (!existsSync(PLATFORM)) throw new Error(`${PLATFORM} is missing: run "npm run build" first (npm test does)`);
    const [port, pgPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_POSTGRES_DIR: dir, EMBEDDED_POSTGRES_PORT: String(pgPort), LOG_LEVEL: 'warn', NODE_OPTIONS: '' };
    delete env.DATABASE_URL;
    delete env.NATS_URL;
    // Its own process group, as a terminal gives the command it runs.
    const child = spawn(process.execPath, [PLATFORM], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      await eventually(
        async () => output,
        (o) => {
          if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${o}`);
          return o.includes('Press Ctrl-C to stop.');
        },
        { timeoutMs: 150_000, everyMs: 200 },
      );
      expect(await portOpen(pgPort)).toBe(true);

      process.kill(-child.pid!, 'SIGINT');
      const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 60_000))]);
      expect({ code, output }).toEqual({ code: 0, output: expect.not.stringMatching(/Unhandled|ECONNRESET|terminating connection/) as unknown as string });
      await eventually(() => portOpen(pgPort), (open) => !open, { timeoutMs: 30_000 });
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });
});
