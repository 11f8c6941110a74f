import 'reflect-metadata';
import { startProbeApp } from '#libs/testing';

/** A probe consumer in its own process, so that a test can SIGKILL it mid-stream. */
const app = await startProbeApp({ service: 'consumer', env: process.env, consume: true, replica: process.env.PROBE_REPLICA ?? 'child' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
