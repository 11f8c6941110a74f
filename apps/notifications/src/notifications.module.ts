import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { NotificationsEntities, NotificationsMigrations } from './migrations/index.js';

export const NOTIFICATIONS_SERVICE = 'notifications';

/** Notifications: subscriptions, channels (email, signed webhook, live stream, digest) and the delivery log. */
@Module({})
export class NotificationsModule {
  static forRoot(options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [ServiceModule.forService({ service: NOTIFICATIONS_SERVICE, entities: NotificationsEntities, migrations: NotificationsMigrations, ...options })],
    };
  }
}
