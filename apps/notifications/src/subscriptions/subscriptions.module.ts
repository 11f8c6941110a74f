import { Module } from '@nestjs/common';
import { SubscriberRepository } from './subscriber.repository.js';
import { SubscriptionHandlers } from './subscription.handlers.js';
import { SubscriptionMatcher } from './subscription-matcher.js';
import { SubscriptionRepository } from './subscription.repository.js';
import { SubscriptionService } from './subscription.service.js';

@Module({
  controllers: [SubscriptionHandlers],
  providers: [SubscriberRepository, SubscriptionRepository, SubscriptionService, SubscriptionMatcher],
  exports: [SubscriberRepository, SubscriptionRepository, SubscriptionService, SubscriptionMatcher],
})
export class SubscriptionsModule {}
