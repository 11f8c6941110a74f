import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger, guardProcess } from '#libs/observability';
import { ConfigurationError, localUrl, readEnvironment } from './config.js';
import type { InProcessBroker } from './in-process/in-process.broker.js';
import { startMessaging, startRelay, useServiceLogger } from './bootstrap.js';
import { cacheValidationMetadata } from './validation-metadata.js';

/** How the platform's launcher (or a test) composes a service app. */
export interface ServiceAppOptions {
  env?: NodeJS.ProcessEnv;
  broker?: InProcessBroker;
  /** Serve this app's own `/health` and `/metrics` (false in single-process mode, where the gateway aggregates them). */
  probes?: boolean;
}

/**
 * Creates a service app with its consumers started and no HTTP listener yet. The relay starts too
 * unless `relay: false` (single-process mode starts every relay once every service listens).
 */
export async function createServiceApp(module: DynamicModule, options: { relay?: boolean } = {}): Promise<INestApplication> {
  cacheValidationMetadata();
  // No service reads a request body before its routes: the gateway reads each after authenticating it.
  const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false, bodyParser: false });
  useServiceLogger(app);
  await startMessaging(app);
  if (options.relay !== false) startRelay(app);
  return app;
}

/**
 * `npm run start:<service>`: one service alone, for a distributed deployment. Needs NATS and
 * Postgres; a missing or malformed variable stops the process with one line naming it.
 */
export async function runStandalone(
  service: string,
  module: (env: NodeJS.ProcessEnv) => DynamicModule,
  defaultPort: number,
  configure?: (app: INestApplication) => void,
): Promise<void> {
  let port: number;
  let host: string;
  try {
    const env = readEnvironment(process.env);
    if (!env.NATS_URL) throw new ConfigurationError(`Configuration error: NATS_URL is required to run ${service} alone (e.g. nats://127.0.0.1:4222)`);
    if (!env.DATABASE_URL && !process.env[`${service.toUpperCase()}_DATABASE_URL`]) {
      throw new ConfigurationError(
        `Configuration error: DATABASE_URL (or ${service.toUpperCase()}_DATABASE_URL) is required to run ${service} alone (e.g. postgres://postgres@127.0.0.1:5432/civic)`,
      );
    }
    port = env.PORT ? Number(env.PORT) : defaultPort;
    guardProcess(createLogger(service, env.LOG_LEVEL, 'process'));
    host = env.HOST;
  } catch (err) {
    if (err instanceof ConfigurationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const app = await createServiceApp(module(process.env));
  configure?.(app);
  app.enableShutdownHooks();
  await app.listen(port, host);
  process.stdout.write(`${service} ready: ${localUrl(host, port)}/health\n`);
}
