import 'reflect-metadata';
import { createServiceApp } from '#libs/messaging';
import { SchedulingModule } from '../../apps/scheduling/src/scheduling.module.js';

/** The scheduling service in a process of its own for the benchmark, as it runs when deployed. */
const app = await createServiceApp(SchedulingModule.forRoot({ env: process.env }));
await app.init();
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
