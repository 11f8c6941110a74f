import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Runs a built script (`dist/...js`) in a process of its own with `env` added, and resolves once it
 * prints "ready" on stdout; rejects with its stderr if it exits first.
 */
export function startNodeScript(script: string, env: NodeJS.ProcessEnv, name = script): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveReady, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolveReady(child);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${err}`)));
  });
}
