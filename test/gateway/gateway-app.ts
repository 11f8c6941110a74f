import type { INestApplication } from '@nestjs/common';
import { createServiceApp, type InProcessBroker } from '#libs/messaging';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';

/** The gateway app as its hosts build it, initialised without listening and without a relay (its outbox stays empty). */
export async function startGateway(env: NodeJS.ProcessEnv, broker?: InProcessBroker): Promise<INestApplication> {
  const gateway = await createServiceApp(GatewayModule.forRoot({ env, broker }), { relay: false });
  configureGatewayHttp(gateway);
  await gateway.init();
  return gateway;
}

/** A new key from `npm run keys:create -- <argv>` against the gateway database of `env`. */
export async function createKey(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<string> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runKeysCreate(argv, env, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  if (code !== 0 || stdout.length !== 1) throw new Error(`keys:create exited with ${code}: ${stderr.join(' ')}`);
  return stdout[0];
}
