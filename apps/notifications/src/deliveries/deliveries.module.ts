import { Module, type DynamicModule } from '@nestjs/common';
import type { EventContract } from '#libs/contracts';
import { EmailSender } from '../channels/email.sender.js';
import { WebhookSender } from '../channels/webhook.sender.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { alertHandlersFor } from './alert.handlers.js';
import { AlertRepository } from './alert.repository.js';
import { DeliveryHandlers } from './delivery.handlers.js';
import { DeliveryPlanner } from './delivery-planner.js';
import { DeliveryRepository } from './delivery.repository.js';
import { DeliveryService } from './delivery.service.js';
import { DeliveryWorker } from './delivery-worker.js';
import { LiveAlertSignal } from './live-alert-signal.js';

/** Alerts in, deliveries out: the consumers of every alert, the delivery log and its worker. */
@Module({})
export class DeliveriesModule {
  static forAlerts(extra: EventContract[] = []): DynamicModule {
    return {
      module: DeliveriesModule,
      imports: [SubscriptionsModule],
      controllers: [alertHandlersFor(extra), DeliveryHandlers],
      providers: [AlertRepository, DeliveryRepository, DeliveryPlanner, DeliveryService, DeliveryWorker, WebhookSender, EmailSender, LiveAlertSignal],
      exports: [DeliveryWorker, DeliveryPlanner, DeliveryRepository],
    };
  }
}
