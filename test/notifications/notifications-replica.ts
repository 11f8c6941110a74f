import 'reflect-metadata';
import { createServiceApp } from '#libs/messaging';
import { NotificationsModule } from '../../apps/notifications/src/notifications.module.js';

/** A notifications replica in its own process, so that a test can SIGKILL it mid-send. */
const app = await createServiceApp(NotificationsModule.forRoot({ env: process.env, probes: false }));
await app.init();
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
