import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { freePort, startNodeScript, TestNamespace } from '#libs/testing';

const PLATFORM = resolve('dist/deploy/platform/main.js');
const GATEWAY = resolve('dist/apps/gateway/src/main.js');

/** An address of this machine that other machines could reach, if it has one. */
const external = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolveAnswer(true);
    });
    socket.once('error', () => resolveAnswer(false));
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Where the gateway listens: this machine only unless HOST says otherwise. */
describe('listen address', () => {
  const ns = new TestNamespace();
  const children: ChildProcess[] = [];

  beforeAll(() => {
    for (const script of [PLATFORM, GATEWAY]) if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build" before the tests (npm test does)`);
  });

  afterAll(async () => {
    for (const child of children) await stop(child);
    await ns.cleanup();
  });

  it('binds npm start to 127.0.0.1 by default', async () => {
    const port = await freePort();
    const platform = await startNodeScript(PLATFORM, { ...ns.env({ natsUrl: null }), PORT: String(port), HOST: '' }, 'platform');
    children.push(platform);
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    if (external) expect(await accepts(external, port)).toBe(false);
    await stop(platform);
  });

  it('listens on every interface when HOST=0.0.0.0, as the containers set it', async () => {
    const port = await freePort();
    children.push(await startNodeScript(GATEWAY, { ...ns.env(), PORT: String(port), HOST: '0.0.0.0' }, 'gateway'));
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    if (external) expect((await fetch(`http://${external}:${port}/health/live`)).status).toBe(200);
  });

  it('stops with one line naming HOST when it is not an address', async () => {
    await expect(startNodeScript(GATEWAY, { ...ns.env(), HOST: 'everywhere' }, 'gateway')).rejects.toThrow(
      /gateway exited with 1: Configuration error: HOST must be an address to listen on/,
    );
  });
});
