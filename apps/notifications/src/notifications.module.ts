import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { EventContract } from '#libs/contracts';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { DeliveriesModule } from './deliveries/deliveries.module.js';
import { NotificationsEntities, NotificationsMigrations } from './migrations/index.js';
import { Clock, NOTIFICATION_SETTINGS, notificationSettingsFrom, SystemClock } from './notification-settings.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';

export const NOTIFICATIONS_SERVICE = 'notifications';

export interface NotificationsAppOptions extends ServiceAppOptions {
  /** Tests move time forward through their own clock. */
  clock?: Clock;
  /** Alert contracts beyond the catalog's (a test's, or a new event not yet in the catalog). */
  contracts?: EventContract[];
}

@Global()
@Module({})
class NotificationSettingsModule {}

/** Notifications: subscriptions, channels (email, signed webhook, live stream, digest) and the delivery log. */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsAppOptions = {}): DynamicModule {
    const { clock, contracts, ...service } = options;
    const settings = notificationSettingsFrom(options.env ?? process.env);
    return {
      module: NotificationsModule,
      imports: [
        ServiceModule.forService({ service: NOTIFICATIONS_SERVICE, entities: NotificationsEntities, migrations: NotificationsMigrations, contracts, ...service }),
        {
          module: NotificationSettingsModule,
          providers: [
            { provide: NOTIFICATION_SETTINGS, useValue: settings },
            { provide: Clock, useValue: clock ?? new SystemClock() },
          ],
          exports: [NOTIFICATION_SETTINGS, Clock],
        },
        SubscriptionsModule,
        DeliveriesModule.forAlerts(contracts),
      ],
    };
  }
}
