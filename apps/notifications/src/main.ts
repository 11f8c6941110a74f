import 'reflect-metadata';
import { runStandalone } from '#libs/messaging';
import { NOTIFICATIONS_SERVICE, NotificationsModule } from './notifications.module.js';

await runStandalone(NOTIFICATIONS_SERVICE, (env) => NotificationsModule.forRoot({ env }), 3004);
