import 'reflect-metadata';
import { ConfigurationError, createServiceApp, readEnvironment } from '#libs/messaging';
import { configureGatewayHttp } from './gateway-http.js';
import { GATEWAY_SERVICE, GatewayModule } from './gateway.module.js';

/** `npm run start:gateway`: the gateway alone, for a distributed deployment (runStandalone's checks, plus the HTTP setup). */
function standalonePort(env: NodeJS.ProcessEnv): number {
  try {
    const parsed = readEnvironment(env);
    if (!parsed.NATS_URL) throw new ConfigurationError(`Configuration error: NATS_URL is required to run ${GATEWAY_SERVICE} alone (e.g. nats://127.0.0.1:4222)`);
    if (!parsed.DATABASE_URL && !env.GATEWAY_DATABASE_URL) {
      throw new ConfigurationError(
        `Configuration error: DATABASE_URL (or GATEWAY_DATABASE_URL) is required to run ${GATEWAY_SERVICE} alone (e.g. postgres://postgres@127.0.0.1:5432/civic)`,
      );
    }
    return parsed.PORT ? Number(parsed.PORT) : 3000;
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

const port = standalonePort(process.env);
const app = await createServiceApp(GatewayModule.forRoot({ env: process.env }));
configureGatewayHttp(app);
app.enableShutdownHooks();
await app.listen(port);
process.stdout.write(`${GATEWAY_SERVICE} ready: http://127.0.0.1:${port}/docs\n`);
