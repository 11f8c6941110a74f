import { spawn, type ChildProcess } from 'node:child_process';

/** `output` receives everything the process prints; `timeoutMs` bounds the wait for "ready" (it is killed then). */
export interface NodeScriptOptions {
  output?: NodeJS.WritableStream;
  timeoutMs?: number;
}

/**
 * Runs a built script (`dist/...js`) in a process of its own with `env` added, and resolves once it
 * prints "ready" on stdout; rejects with its stderr if it exits first.
 */
export function startNodeScript(script: string, env: NodeJS.ProcessEnv, name = script, options: NodeScriptOptions = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (options.output) {
    child.stdout!.pipe(options.output, { end: false });
    child.stderr!.pipe(options.output, { end: false });
  }
  return new Promise((resolveReady, reject) => {
    let err = '';
    let ready = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`${name} did not print "ready" within ${options.timeoutMs} ms: ${err}`));
        }, options.timeoutMs)
      : undefined;
    // Only until ready: a long-running process would otherwise keep all it ever printed.
    const keep = (d: Buffer) => (err += d);
    child.stderr!.on('data', keep);
    child.stdout!.on('data', (d: Buffer) => {
      if (ready || !d.toString().includes('ready')) return;
      ready = true;
      clearTimeout(timer);
      child.stderr!.off('data', keep);
      resolveReady(child);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${err}`));
    });
  });
}
