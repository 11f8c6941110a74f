import { Module } from '@nestjs/common';
import { SubscribersController, SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Module({
  controllers: [SubscribersController, SubscriptionsController],
  providers: [SubscriptionsService],
})
export class SubscriptionsModule {}
