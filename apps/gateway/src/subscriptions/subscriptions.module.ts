import { Module } from '@nestjs/common';
import { AlertStreamController } from './alert-stream.controller.js';
import { DeliveriesController } from './deliveries.controller.js';
import { SubscribersController, SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/** Subscriptions, deliveries, unsubscribe links and the live alert stream: the notifications service's routes. */
@Module({
  controllers: [SubscribersController, SubscriptionsController, DeliveriesController, UnsubscribeController, AlertStreamController],
  providers: [SubscriptionsService],
})
export class SubscriptionsModule {}
