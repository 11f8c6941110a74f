import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually, freePort } from '#libs/testing';

const PLATFORM = resolve('dist/deploy/platform/main.js');
const KEYS_CREATE = resolve('dist/apps/gateway/src/auth/keys-create.js');

/** The built platform (`npm start`) in a child process: what a client outside it sees. */
export interface RunningPlatform {
  base: string;
  child: ChildProcess;
  output(): string;
  /** `npm run keys:create` against the platform's database; answers the new key. */
  createKey(...argv: string[]): string;
  stop(): Promise<void>;
}

/**
 * `detached`: in a process group of its own, as a terminal runs a command (a signal to -pid reaches all of it).
 * `port`: the one to listen on, for a test that must name the address before the platform starts.
 */
export async function startPlatform(env: NodeJS.ProcessEnv, options: { detached?: boolean; port?: number } = {}): Promise<RunningPlatform> {
  if (!existsSync(PLATFORM)) throw new Error(`${PLATFORM} is missing: run "npm run build" first (npm test does)`);
  const port = options.port ?? (await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), NODE_OPTIONS: '' };
  // A variable given as undefined is left out, not passed on from this process.
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [PLATFORM], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await eventually(
    async () => output,
    (o) => {
      if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${o}`);
      return o.includes('Press Ctrl-C to stop.');
    },
    { timeoutMs: 150_000, everyMs: 200 },
  );
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    createKey(...argv: string[]) {
      const created = spawnSync(process.execPath, [KEYS_CREATE, ...argv], { env: childEnv, encoding: 'utf8' });
      if (created.status !== 0) throw new Error(`keys:create ${argv.join(' ')} exited with ${created.status}: ${created.stderr}`);
      return created.stdout.trim();
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([exited.then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), 30_000)))]);
      clearTimeout(timer);
      if (!stopped) child.kill('SIGKILL');
    },
  };
}
