import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import {
  ConfigurationError,
  InProcessBroker,
  OutboxRelay,
  createServiceApp,
  localUrl,
  readEnvironment,
  startRelay,
  type ServiceAppOptions,
} from '#libs/messaging';
import { embeddedPostgresSettings, startEmbeddedPostgres, type EmbeddedDatabaseServer } from '#libs/persistence';
import { createLogger, guardProcess } from '#libs/observability';
import { FeedbackModule } from '../../apps/feedback/src/feedback.module.js';
import { GatewayModule } from '../../apps/gateway/src/gateway.module.js';
import { configureGatewayHttp } from '../../apps/gateway/src/gateway-http.js';
import { signInHint } from '../../apps/gateway/src/sign-in/sign-in.module.js';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';
import { seedIfEmpty } from '../../apps/registry/src/seed/registry-seed.js';
import { SchedulingModule } from '../../apps/scheduling/src/scheduling.module.js';

/**
 * `npm start`: the whole platform in one process. Every service keeps its own database and its
 * own outbox; events travel in process, or through NATS JetStream when NATS_URL is set.
 */
async function main(): Promise<void> {
  let port: number;
  let env: ReturnType<typeof readEnvironment>;
  try {
    env = readEnvironment(process.env);
    port = env.PORT ? Number(env.PORT) : 3000;
    guardProcess(createLogger('platform', env.LOG_LEVEL, 'process'));
  } catch (err) {
    if (err instanceof ConfigurationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  let embedded: EmbeddedDatabaseServer | undefined;
  if (!process.env.DATABASE_URL) {
    const { dir, port: databasePort } = embeddedPostgresSettings();
    embedded = await startEmbeddedPostgres(dir, databasePort);
    process.env.DATABASE_URL = embedded.url;
  }

  const broker = env.NATS_URL
    ? undefined
    : new InProcessBroker({ duplicateWindowMs: env.MESSAGING_DUPLICATE_WINDOW_MS, concurrency: env.MESSAGING_CONCURRENCY });
  const options: ServiceAppOptions = { env: process.env, broker, probes: false };

  const services: INestApplication[] = [];
  const front: { gateway?: INestApplication } = {};
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      process.stderr.write('Stopping immediately.\n');
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`${signal}: draining consumers and flushing outboxes…\n`);
    let code = 0;
    try {
      await front.gateway?.close();
      // Relays first: in one process a relay's publish waits for the consumers of the other services.
      await Promise.all(services.map((app) => app.get(OutboxRelay).stop()));
      broker?.close();
      for (const app of services.filter((a) => a !== front.gateway)) await app.close();
    } catch (err) {
      // What was not flushed stays in the outboxes and leaves at the next start.
      process.stderr.write(`Stopping: ${String(err)}\n`);
      code = 1;
    }
    await embedded?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // The gateway comes first: nestjs-pino keeps one HTTP logger per process, the first app's.
  const gateway = await createServiceApp(GatewayModule.forRoot(options), { relay: false });
  configureGatewayHttp(gateway);
  front.gateway = gateway;
  services.push(gateway);
  for (const module of [RegistryModule, SchedulingModule, FeedbackModule, NotificationsModule]) {
    const app = await createServiceApp(module.forRoot(options), { relay: false });
    await app.init();
    services.push(app);
    // An empty registry gets Portland's organizations; their events leave once the relays start.
    if (module === RegistryModule) await seedIfEmpty(app);
  }
  // This machine only unless HOST says otherwise: a laptop's platform is not for the network it is on.
  await gateway.listen(port, env.HOST);
  for (const app of services) startRelay(app);

  const base = localUrl(env.HOST, port);
  process.stdout.write(
    [
      `Civic engagement platform is ready (${env.NATS_URL ? `NATS JetStream at ${env.NATS_URL}` : 'in-process events'}, ${
        embedded ? `embedded Postgres at ${embedded.url}` : 'Postgres from DATABASE_URL'
      })`,
      `  Staff app ${base}/`,
      signInHint(gateway),
      `  API       ${base}/v1`,
      `  Docs      ${base}/docs`,
      `  Dashboard ${base}/dashboard`,
      `  Health    ${base}/health`,
      `  Metrics   ${base}/metrics`,
      // The key command for this very database, whatever port it was given (--help lists roles and bureau codes).
      `  API key   ${embedded ? `DATABASE_URL=${embedded.url} ` : ''}npm run -s keys:create -- --role admin`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

await main();
