import 'reflect-metadata';
import { runStandalone } from '#libs/messaging';
import { SCHEDULING_SERVICE, SchedulingModule } from './scheduling.module.js';

await runStandalone(SCHEDULING_SERVICE, (env) => SchedulingModule.forRoot({ env }), 3002);
